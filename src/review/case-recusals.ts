import type { RecusalItem } from '../../views/pages/staff/case/case-recusals.js'
import { isOverdue } from '../calendar/workdays.js'
import type { Deps } from '../deps.js'
import { formatCalendarDay, formatChineseDateTime, todayInChina } from '../kernel/china-time.js'
import { RECUSAL_DECISION_DAYS, recusalDue } from '../tracking/recusal-periods.js'
import { DECIDING_BODY_LABEL, type RecusalRow } from '../tracking/recusal.table.js'

const DECISION_LABEL = { recused: '准许回避', declined: '驳回回避申请' } as const
const REVIEW_LABEL = { recused: '撤销原决定，准许回避', upheld: '维持驳回的决定' } as const

/**
 * The case page's list of 回避 requests: who was named, what was decided (by the 检察长 or the
 * 检察委员会, 规则 第十六条) and, while one waits, when its decision is due (第十七条: three days).
 */
export function caseRecusals(
  deps: Deps,
  rows: readonly RecusalRow[],
  staff: Map<string, string>,
): RecusalItem[] {
  const today = todayInChina(deps.clock.now())
  const who = (id: string | null) => (id ? (staff.get(id) ?? '工作人员') : '')
  return rows.map((r) => {
    const outcomes: string[] = []
    if (r.decision)
      outcomes.push(
        `${formatChineseDateTime(r.handled_at!)} ${r.decided_by_body ? DECIDING_BODY_LABEL[r.decided_by_body] : '院领导决定'}：${DECISION_LABEL[r.decision]}（记录人：${who(r.decided_by)}）${r.decision_reasons ? `。理由：${r.decision_reasons}` : ''}`,
      )
    else if (r.handled_at)
      outcomes.push(`${formatChineseDateTime(r.handled_at)} 标记为已处理（未记录决定内容）`)
    if (r.review_requested_at)
      outcomes.push(
        `${formatChineseDateTime(r.review_requested_at)} 申请人申请复议。理由：${r.review_reason}`,
      )
    if (r.review_decision)
      outcomes.push(
        `${formatChineseDateTime(r.review_decided_at!)} 复议决定：${REVIEW_LABEL[r.review_decision]}（记录人：${who(r.review_decided_by)}）。理由：${r.review_reasons}`,
      )
    const from =
      r.handled_at === null ? r.requested_at : r.review_decision ? null : r.review_requested_at
    const due = from ? recusalDue(deps, from, RECUSAL_DECISION_DAYS) : undefined
    return {
      id: r.id,
      person: r.staff_id ? who(r.staff_id) : `${r.person_name}（${r.person_role}）`,
      reason: r.reason,
      requestedAt: formatChineseDateTime(r.requested_at),
      outcomes,
      waiting: due
        ? {
            what: r.handled_at === null ? '决定' : '复议决定',
            decideBy: formatCalendarDay(due),
            overdue: isOverdue(due, today),
          }
        : undefined,
    }
  })
}
