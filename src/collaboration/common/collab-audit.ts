import { insertAuditEvent } from '../../audit/audit.repository.js'
import type { Db } from '../../db/database.js'
import { recordedActor, type StaffActor } from '../../staff/staff-actor.js'
import type { CollabAuditAction } from './collab-audit-action.js'

/** One audit row of a collaboration record, in the caller's transaction. */
export function auditCollab(
  db: Db,
  actor: StaffActor,
  at: Date,
  event: { action: CollabAuditAction; type: string; id: string; details?: Record<string, unknown> },
): Promise<void> {
  return insertAuditEvent(db, {
    actor: recordedActor(actor),
    ip: actor.ip,
    action: event.action,
    object: { type: event.type, id: event.id },
    result: 'success',
    details: event.details ?? {},
    at,
  })
}
