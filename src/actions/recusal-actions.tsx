import { RecusalDecisionPage } from '../../views/pages/staff/recusal-decision.js'
import type { Deps } from '../deps.js'
import { formatCalendarDay, formatChineseDateTime } from '../kernel/china-time.js'
import { RECUSAL_DECISION_DAYS, recusalDue } from '../tracking/recusal-periods.js'
import { STAGES } from '../workflow/stages.js'
import { defineAction } from './action-table.js'
import { findWaitingRecusal } from './recusal-decision.repository.js'
import { RecusalDecisionSchema } from './recusal-decision.schema.js'
import { decideRecusal, recusalPerson } from './recusal-decision.service.js'

/**
 * 回避决定 and its 复议 (规则 第十六条: the 检察长 decides, for the 检察长 the 检察委员会): recorded by a
 * leader, whatever the stage the case has reached since the request.
 */
export const RECUSAL_ACTIONS = [
  defineAction({
    name: 'decide_recusal',
    stages: STAGES,
    roles: ['leader'],
    listed: false,
    title: '作出回避决定',
    done: '回避决定已记录，申请人会在办理进度页面看到决定和理由。',
    schema: RecusalDecisionSchema,
    page: async ({ deps, kase }, props) => (
      <RecusalDecisionPage {...props} waiting={await waitingRecusal(deps, kase.id)} />
    ),
    run: ({ deps, actor, kase }, form) => decideRecusal(deps, actor, kase.id, form),
  }),
]

async function waitingRecusal(deps: Deps, applicationId: string) {
  const row = await findWaitingRecusal(deps.db, applicationId)
  if (!row) return undefined
  const review = row.review_requested_at !== null
  const from = review ? row.review_requested_at! : row.requested_at
  return {
    id: row.id,
    phase: review ? ('review' as const) : ('decision' as const),
    person: await recusalPerson(deps.db, row),
    reason: row.reason,
    requestedAt: formatChineseDateTime(row.requested_at),
    decideBy: formatCalendarDay(recusalDue(deps, from, RECUSAL_DECISION_DAYS)),
    refusal: review
      ? {
          decidedAt: formatChineseDateTime(row.handled_at!),
          reasons: row.decision_reasons ?? '',
          reviewReason: row.review_reason ?? '',
        }
      : undefined,
  }
}
