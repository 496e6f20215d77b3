import { auditStaffChange, touchApplication } from '../actions/staff-change.js'
import type { Deps } from '../deps.js'
import { AppError } from '../errors.js'
import type { StaffActor } from '../staff/staff-actor.js'
import { STAGES } from '../workflow/stages.js'
import { insertHold, liftHold } from './legal-hold.repository.js'
import type { LiftLegalHoldForm, SetLegalHoldForm } from './legal-hold.schema.js'

/**
 * A leader keeps an application past its retention period (a complaint, a lawsuit, an inquiry
 * about it): the purge skips it while the hold is active. The row lock of touchApplication also
 * orders the hold against a purge of the same case, which locks the row first. The reason is
 * kept in the hold, not in the audit log (which holds no free text).
 */
export async function setLegalHold(
  deps: Deps,
  actor: StaffActor,
  id: string,
  form: SetLegalHoldForm,
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    await touchApplication(trx, deps, {
      applicationId: id,
      expectedVersion: form.version,
      stages: STAGES,
      what: '设置保留',
    })
    const at = deps.clock.now()
    const holdId = await insertHold(trx, {
      applicationId: id,
      reason: form.reason,
      staffId: actor.staff.id,
      at,
    })
    if (!holdId) throw new AppError(409, 'conflict', '这件申请已经设置了保留，无需重复设置。')
    await auditStaffChange(trx, deps, actor, id, 'application.legal_hold_set', { holdId })
  })
}

export async function liftLegalHold(
  deps: Deps,
  actor: StaffActor,
  id: string,
  form: LiftLegalHoldForm,
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    await touchApplication(trx, deps, {
      applicationId: id,
      expectedVersion: form.version,
      stages: STAGES,
      what: '解除保留',
    })
    const holdId = await liftHold(trx, {
      applicationId: id,
      reason: form.reason,
      staffId: actor.staff.id,
      at: deps.clock.now(),
    })
    if (!holdId) throw new AppError(409, 'conflict', '这件申请没有设置保留，无需解除。')
    await auditStaffChange(trx, deps, actor, id, 'application.legal_hold_lift', { holdId })
  })
}
