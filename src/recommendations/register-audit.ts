import type { AuditAction } from '../audit/audit-action.js'
import { insertAuditEvent } from '../audit/audit.repository.js'
import type { Db } from '../db/database.js'
import type { Deps } from '../deps.js'
import { recordedActor, type StaffActor } from '../staff/staff-actor.js'

/** One audit row about one 检察建议; `details` carries codes, numbers and dates, never free text. */
export async function auditRecommendation(
  db: Db,
  deps: Pick<Deps, 'clock'>,
  actor: StaffActor,
  action: AuditAction,
  id: string | null,
  details: Record<string, unknown>,
  result: 'success' | 'denied' = 'success',
): Promise<void> {
  await insertAuditEvent(db, {
    actor: recordedActor(actor),
    ip: actor.ip,
    action,
    object: { type: 'recommendation', id },
    result,
    details,
    at: deps.clock.now(),
  })
}
