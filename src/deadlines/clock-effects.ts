import type { Db } from '../db/database.js'
import type { Deps } from '../deps.js'
import type { Action } from '../workflow/transitions.js'
import type { ClockKind } from './clock.table.js'
import { pauseClock, resumeClock, startClock, stopClocks } from './clocks.js'

type Effect = { stop?: readonly ClockKind[] | 'all'; start?: readonly ClockKind[] }

/**
 * What each transition does to the clocks of docs/product.md §9. The 补正 clock is started by
 * requestSupplement (staff choose its length); clocks for sending a document (受理通知书, decisions)
 * stop when that notice is issued.
 */
const EFFECTS: Partial<Record<Action, Effect>> = {
  request_supplement: { stop: ['procedural_reply'] },
  // 规则 第二十一条: the complete materials are examined afresh, so the reply clock starts again.
  supplement_complete: { stop: ['supplement'], start: ['procedural_reply'] },
  accept: { stop: ['procedural_reply'], start: ['acceptance_notice', 'review', 'civil_referral'] },
  // 规则 第三十四条: the 民事检察 department has the case once it starts the review.
  start_review: { stop: ['civil_referral'] },
  not_accept: { stop: 'all' },
  refer: { stop: 'all' },
  escalate: { stop: ['review', 'other_party_comments'] },
  // legal review D6: the court_reply clock starts when the court receives the 检察建议书
  // (两高规定 第十三条), recorded in the register (src/recommendations/service.service.ts).
  decide_recommendation: { stop: ['review', 'other_party_comments'], start: ['decision_notice'] },
  record_court_reply: { stop: ['court_reply'] },
  decide_not_supported: { stop: ['review', 'other_party_comments'], start: ['decision_notice'] },
  terminate: {
    stop: ['review', 'civil_referral', 'other_party_comments'],
    start: ['decision_notice'],
  },
  withdraw: { stop: 'all' },
  deem_withdrawn: { stop: 'all' },
  close: { stop: 'all' },
}

/** Runs inside the stage change's transaction (applyStageChange). */
export async function applyClockEffects(
  trx: Db,
  deps: Deps,
  applicationId: string,
  action: Action,
): Promise<void> {
  if (action === 'suspend') return pauseClock(trx, deps, applicationId, 'review')
  if (action === 'resume') return resumeClock(trx, deps, applicationId, 'review')
  const effect = EFFECTS[action]
  if (!effect) return
  if (effect.stop) await stopClocks(trx, deps, applicationId, effect.stop)
  for (const kind of effect.start ?? []) {
    const due = await startClock(trx, deps, { applicationId, kind })
    if (kind === 'procedural_reply') {
      // The applicant's status page and receipt read the reply date from the application.
      await trx
        .updateTable('applications')
        .set({ procedural_reply_due: due.due, procedural_reply_explanation: due.explanation })
        .where('id', '=', applicationId)
        .execute()
    }
  }
}
