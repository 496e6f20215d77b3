import type { Deps } from '../deps.js'
import { AppError } from '../errors.js'
import { recordedActor, type StaffActor } from '../staff/staff-actor.js'
import { decidePendingWithdrawal } from '../tracking/withdraw-request.repository.js'
import { insertApplicationEvent } from '../workflow/application-event.repository.js'
import type { Stage } from '../workflow/stages.js'
import type { RefuseWithdrawalForm } from './withdrawal.schema.js'
import { auditStaffChange, touchApplication } from './staff-change.js'

/** Where an applicant's withdrawal waits for a decision: after 受理, before any decision. */
export const WITHDRAWAL_DECISION_STAGES: readonly Stage[] = [
  'accepted',
  'under_review',
  'suspended',
]

/**
 * Staff refuse an applicant's withdrawal (规则 第七十三条第（二）项: it would harm the state, the public
 * or another person): the request is closed with the reasons, the applicant reads them on the status
 * page, and the review goes on — stage and clocks untouched. Granting is 终结审查 (terminateReview).
 */
export async function refuseWithdrawal(
  deps: Deps,
  actor: StaffActor,
  id: string,
  form: RefuseWithdrawalForm,
) {
  await deps.db.transaction().execute(async (trx) => {
    const { stage } = await touchApplication(trx, deps, {
      applicationId: id,
      expectedVersion: form.version,
      stages: WITHDRAWAL_DECISION_STAGES,
      what: '决定不准许撤回',
    })
    const at = deps.clock.now()
    const refused = await decidePendingWithdrawal(trx, id, {
      decision: 'refused',
      at,
      staffId: actor.staff.id,
      note: form.reasons,
    })
    if (!refused) throw new AppError(409, 'conflict', '申请人没有待决定的撤回申请。')
    await insertApplicationEvent(trx, {
      applicationId: id,
      at,
      action: 'withdrawal_refuse',
      from: stage,
      to: stage,
      publicNote: `本院经审查，决定不准许撤回监督申请。理由：${form.reasons.replace(/[。；]$/, '')}。本案继续审查。`,
    })
    await auditStaffChange(trx, deps, actor, id, 'application.withdrawal_refuse', {
      by: recordedActor(actor).id,
    })
  })
}
