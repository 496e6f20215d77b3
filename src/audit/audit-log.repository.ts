import { sql } from 'kysely'
import type { Db } from '../db/database.js'
import type { AuditActorType, AuditResult } from './audit-event.table.js'

export type AuditQuery = {
  from?: Date | undefined
  /** exclusive */
  until?: Date | undefined
  actorUsername?: string | undefined
  actionPrefix?: string | undefined
  objectType?: string | undefined
  objectId?: string | undefined
  result?: AuditResult | undefined
  /** keyset: only rows with a smaller id (the page after the one ending there) */
  beforeId?: string | undefined
}

export type AuditListRow = {
  id: string
  occurred_at: Date
  actor_type: AuditActorType
  actor_id: string | null
  actor_username: string | null
  actor_roles: string[]
  ip: string | null
  action: string
  object_type: string
  object_id: string | null
  result: AuditResult
  details: Record<string, unknown>
}

/** Newest first, filtered; the staff account is joined for its username (ids are text here). */
export async function findAuditEvents(
  db: Db,
  q: AuditQuery,
  limit: number,
): Promise<AuditListRow[]> {
  let query = db
    .selectFrom('audit_events as e')
    .leftJoin('staff_accounts as s', (j) =>
      j.on(sql<boolean>`e.actor_type = 'staff' and s.id::text = e.actor_id`),
    )
    .select([
      'e.id',
      'e.occurred_at',
      'e.actor_type',
      'e.actor_id',
      's.username as actor_username',
      'e.actor_roles',
      'e.ip',
      'e.action',
      'e.object_type',
      'e.object_id',
      'e.result',
      'e.details',
    ])
  if (q.from) query = query.where('e.occurred_at', '>=', q.from)
  if (q.until) query = query.where('e.occurred_at', '<', q.until)
  if (q.actorUsername) query = query.where('s.username', '=', q.actorUsername)
  if (q.actionPrefix) {
    const prefix = q.actionPrefix
    query = query.where(sql<boolean>`left(e.action, ${prefix.length}) = ${prefix}`)
  }
  if (q.objectType) query = query.where('e.object_type', '=', q.objectType)
  if (q.objectId) query = query.where('e.object_id', '=', q.objectId)
  if (q.result) query = query.where('e.result', '=', q.result)
  if (q.beforeId) query = query.where(sql<boolean>`e.id < ${q.beforeId}::bigint`)
  return query.orderBy('e.id', 'desc').limit(limit).execute()
}
