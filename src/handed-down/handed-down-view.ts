import type { HandedDownQueueItem } from '../../views/pages/staff/queue/handed-down-section.js'
import type { HandedDownCaseView } from '../../views/pages/staff/handed-down/handed-down-case.js'
import { isOverdue } from '../calendar/workdays.js'
import type { Deps } from '../deps.js'
import { formatCalendarDay, formatChineseDateTime, todayInChina } from '../kernel/china-time.js'
import { formatFileSize } from '../kernel/file-size.js'
import { findStaffNames } from '../review/case.repository.js'
import { findOpenHandedDown } from './handed-down.repository.js'
import { KIND_LABEL, OUTCOME_LABEL } from './handed-down.schema.js'
import { outcomesFor } from './handed-down.service.js'
import type { HandedDownRow } from './handed-down.table.js'

const SHORT_KIND = { handed_down: '交办', petition_handed_down: '交办信访', transferred: '移送' }

/** 平顶山市人民检察院交办（平检民交〔2026〕3号）: where the case came from, by its document. */
const sourceOf = (r: Pick<HandedDownRow, 'kind' | 'source_organ' | 'source_number'>) =>
  `${r.source_organ}${SHORT_KIND[r.kind]}（${r.source_number}）`

export async function handedDownCaseView(
  deps: Deps,
  r: HandedDownRow,
): Promise<HandedDownCaseView> {
  const today = todayInChina(deps.clock.now())
  const staff = await findStaffNames(deps.db, [r.entered_by, r.closed_by ?? ''])
  return {
    id: r.id,
    version: r.version,
    source: sourceOf(r),
    kind: `${KIND_LABEL[r.kind]}${r.review_ruling ? '；不服上级法院执行复议裁定、决定的案件，适用规则第一百零七条' : ''}`,
    rows: [
      ['来文日期', formatCalendarDay(r.source_dated)],
      ['本院收到日期', formatCalendarDay(r.received_on)],
      ['申请人（当事人）', r.party_name],
      ['执行法院', r.court_name],
      ['执行案号', r.court_case_no],
      ['登记', `${staff.get(r.entered_by) ?? '工作人员'}，${formatChineseDateTime(r.entered_at)}`],
    ],
    summary: r.summary,
    documentHref: `/staff/handed-down/${r.id}/document`,
    documentLabel: `下载来文：${r.document_name}（${formatFileSize(r.document_size)}）`,
    due: r.due_on
      ? { day: formatCalendarDay(r.due_on), overdue: !r.outcome && isOverdue(r.due_on, today) }
      : undefined,
    outcome: r.outcome
      ? `${formatCalendarDay(r.outcome_on!)} ${OUTCOME_LABEL[r.outcome]}（记录人：${staff.get(r.closed_by!) ?? '工作人员'}）。${r.outcome_note}`
      : undefined,
    outcomes: r.outcome
      ? []
      : outcomesFor(r).map((value) => ({ value, label: OUTCOME_LABEL[value] })),
  }
}

/** The queue's section: open cases by their source and limit, the nearest first. */
export async function handedDownQueueItems(deps: Deps): Promise<HandedDownQueueItem[]> {
  const today = todayInChina(deps.clock.now())
  return (await findOpenHandedDown(deps.db)).map((r) => ({
    id: r.id,
    source: sourceOf(r),
    party: r.party_name,
    courtCaseNo: r.court_case_no,
    due: r.due_on ? formatCalendarDay(r.due_on) : '来文未限定',
    overdue: r.due_on !== null && isOverdue(r.due_on, today),
    article107: r.review_ruling,
  }))
}
