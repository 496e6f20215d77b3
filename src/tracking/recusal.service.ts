import type { Stage } from '../workflow/stages.js'
import { findApplicationById } from '../applications/application.repository.js'
import { insertAuditEvent } from '../audit/audit.repository.js'
import type { Deps } from '../deps.js'
import { AppError } from '../errors.js'
import { insertApplicationEvent } from '../workflow/application-event.repository.js'
import { insertRecusalRequest } from './recusal.repository.js'

/** An application whose handling prosecutor is known: the one a recusal request would name. */
export type RecusalTarget = { id: string; stage: Stage; staffId: string }

/** The session's application, refused while no prosecutor has been assigned to it. */
export async function recusalTarget(deps: Deps, applicationId: string): Promise<RecusalTarget> {
  const app = (await findApplicationById(deps.db, applicationId))!
  if (!app.assigned_staff_id)
    throw new AppError(409, 'conflict', '本案还没有确定承办检察官，暂时不能申请回避。')
  return { id: app.id, stage: app.stage, staffId: app.assigned_staff_id }
}

/**
 * The request reaches staff as a row, with its timeline entry and audit event, all or nothing.
 * `reason` is as RecusalSchema checked it.
 */
export async function requestRecusal(
  deps: Deps,
  target: RecusalTarget,
  reason: string,
  ip: string | null,
): Promise<void> {
  const now = deps.clock.now()
  await deps.db.transaction().execute(async (trx) => {
    await insertRecusalRequest(trx, {
      applicationId: target.id,
      staffId: target.staffId,
      reason,
      at: now,
    })
    await insertApplicationEvent(trx, {
      applicationId: target.id,
      at: now,
      action: 'request_recusal',
      from: target.stage,
      to: target.stage,
      publicNote: '已提交回避申请，本院将依法处理并告知结果。',
    })
    await insertAuditEvent(trx, {
      actor: { type: 'applicant', id: target.id },
      ip,
      action: 'application.request_recusal',
      object: { type: 'application', id: target.id },
      result: 'success',
      at: now,
    })
  })
}
