import { insertAuditEvent } from '../audit/audit.repository.js'
import type { Deps } from '../deps.js'
import { NotFound, TransitionRefused } from '../errors.js'
import {
  lockApplicationVersion,
  setApplicationVersion,
} from '../review/review-actions.repository.js'
import { insertApplicationEvent } from '../workflow/application-event.repository.js'
import { changeStage } from '../workflow/stage-change.service.js'
import { APPLICANT_CAN_WITHDRAW, STAGE_TEXT, type Stage } from '../workflow/stages.js'
import { findPendingWithdrawal, insertWithdrawalRequest } from './withdraw-request.repository.js'

/** Before 受理 a withdrawal ends the application at once: there is no review yet to terminate. */
export const WITHDRAW_AT_ONCE: ReadonlySet<Stage> = new Set<Stage>([
  'submitted',
  'supplement_requested',
])

export const REQUEST_NOTE =
  '申请人申请撤回监督申请。受理后撤回须经本院审查决定：准许的，本院作出终结审查决定；不准许的，继续审查。'

export type WithdrawOutcome = 'withdrawn' | 'requested'

/**
 * The applicant's 撤回 (docs/decisions/037-withdrawal-after-acceptance.md): before 受理 the stage
 * change itself; after it a request that staff decide on (规则 第七十三条第（二）项).
 */
export async function withdrawOrRequest(
  deps: Deps,
  app: { id: string; stage: Stage; version: number },
  ip: string | null,
): Promise<WithdrawOutcome> {
  const actor = { type: 'applicant' as const, id: app.id, roles: ['applicant' as const] }
  // outside the open stages the stage table refuses it, with its one wording
  if (WITHDRAW_AT_ONCE.has(app.stage) || !APPLICANT_CAN_WITHDRAW.has(app.stage)) {
    await changeStage(deps, {
      applicationId: app.id,
      action: 'withdraw',
      actor,
      expectedVersion: app.version,
      ip,
    })
    return 'withdrawn'
  }
  await deps.db.transaction().execute(async (trx) => {
    const locked = await lockApplicationVersion(trx, app.id)
    if (!locked) throw new NotFound('没有找到这件申请。')
    if (!APPLICANT_CAN_WITHDRAW.has(locked.stage) || WITHDRAW_AT_ONCE.has(locked.stage))
      throw new TransitionRefused(`当前状态为“${STAGE_TEXT[locked.stage].label}”，不能申请撤回。`)
    // a second click, or a second tab racing the first: the request already waits
    if (await findPendingWithdrawal(trx, app.id)) return
    const now = deps.clock.now()
    await insertWithdrawalRequest(trx, app.id, now)
    await setApplicationVersion(trx, app.id, locked.version + 1, now)
    await insertApplicationEvent(trx, {
      applicationId: app.id,
      at: now,
      action: 'withdrawal_request',
      from: locked.stage,
      to: locked.stage,
      publicNote: REQUEST_NOTE,
    })
    await insertAuditEvent(trx, {
      actor,
      ip,
      action: 'application.withdrawal_request',
      object: { type: 'application', id: app.id },
      result: 'success',
      details: { stage: locked.stage },
      at: now,
    })
  })
  return 'requested'
}
