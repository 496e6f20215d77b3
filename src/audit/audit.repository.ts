import type { Db } from '../db/database.js'
import type { AuditAction } from './audit-action.js'
import type { AuditActorType, AuditEventRow, AuditResult } from './audit-event.table.js'

/** The fixed shape of every audit event; `details` must hold no personal data in clear. */
export type AuditEvent = {
  actor: { type: AuditActorType; id?: string | null; roles?: readonly string[] }
  ip?: string | null
  action: AuditAction
  object: { type: string; id?: string | null }
  result: AuditResult
  details?: Record<string, unknown>
  /** defaults to the database's now(); pass the injected clock's time where it matters */
  at?: Date
}

/** Appends one event; pass the transaction of the change it records so both commit or neither. */
export async function insertAuditEvent(db: Db, event: AuditEvent): Promise<void> {
  await db
    .insertInto('audit_events')
    .values({
      ...(event.at ? { occurred_at: event.at } : {}),
      actor_type: event.actor.type,
      actor_id: event.actor.id ?? null,
      actor_roles: [...(event.actor.roles ?? [])],
      ip: event.ip ?? null,
      action: event.action,
      object_type: event.object.type,
      object_id: event.object.id ?? null,
      result: event.result,
      details: JSON.stringify(event.details ?? {}),
    })
    .execute()
}

export async function findAuditEventsForObject(
  db: Db,
  objectType: string,
  objectId: string,
): Promise<AuditEventRow[]> {
  return db
    .selectFrom('audit_events')
    .select([
      'id',
      'occurred_at',
      'actor_type',
      'actor_id',
      'actor_roles',
      'ip',
      'action',
      'object_type',
      'object_id',
      'result',
      'details',
    ])
    .where('object_type', '=', objectType)
    .where('object_id', '=', objectId)
    .orderBy('id')
    .execute()
}
