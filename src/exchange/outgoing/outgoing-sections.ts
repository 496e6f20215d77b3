import { REPLY_OUTCOME_LABEL } from '../../actions/recommendation.schema.js'
import { todayInChina } from '../../kernel/china-time.js'
import { STAGE_TEXT } from '../../workflow/stages.js'
import type { OutgoingSection } from './outgoing-workbook.js'
import type { AcceptedCaseRow, IssuedRecommendationRow } from './outgoing.repository.js'

/**
 * Where the court stands on one 检察建议 (两高规定 第十三条: a written reply within three months,
 * one month more with its president's approval): its answer, or whether the time is still running.
 */
export function replyStatus(row: IssuedRecommendationRow, today: string): string {
  if (row.outcome) return `已回复（${REPLY_OUTCOME_LABEL[row.outcome]}）`
  // no reply clock yet: the court has not received the 检察建议书 (the register's 送达, D6)
  if (row.reply_clock_open === null) return '待送达法院'
  if (row.reply_clock_open && row.reply_due && row.reply_due < today) return '逾期未回复'
  if (row.reply_clock_open) return '待回复'
  return '未回复'
}

const day = (value: string | null) => (value ? { day: value } : null)

export function recommendationSection(rows: IssuedRecommendationRow[], now: Date): OutgoingSection {
  const today = todayInChina(now)
  return {
    sheetName: '检察建议',
    description: '期间内本院提出的执行监督检察建议及法院回复情况',
    columns: [
      { header: '序号', width: 6 },
      { header: '文号', width: 28 },
      { header: '执行案号', width: 28 },
      { header: '法院', width: 26 },
      { header: '提出日期', width: 12 },
      { header: '回复期限', width: 12 },
      { header: '回复情况', width: 18 },
      { header: '回复日期', width: 12 },
    ],
    rows: rows.map((r, i) => [
      i + 1,
      r.number ?? '',
      r.case_number,
      r.court_name,
      { day: todayInChina(r.decided_at) },
      day(r.reply_due),
      replyStatus(r, today),
      day(r.replied_on),
    ]),
  }
}

export function acceptedCasesSection(rows: AcceptedCaseRow[]): OutgoingSection {
  return {
    sheetName: '执行监督案件',
    description: '期间内本院受理的执行监督案件',
    columns: [
      { header: '序号', width: 6 },
      { header: '执行案号', width: 28 },
      { header: '法院', width: 26 },
      { header: '受理日期', width: 12 },
      { header: '办理阶段', width: 20 },
    ],
    rows: rows.map((r, i) => [
      i + 1,
      r.case_number,
      r.court_name,
      { day: todayInChina(r.accepted_at) },
      STAGE_TEXT[r.stage].label,
    ]),
  }
}
