import type { ColumnType, Generated, Selectable } from 'kysely'

export type AuditActorType = 'applicant' | 'staff' | 'system'
export type AuditResult = 'success' | 'failure' | 'denied'

export interface AuditEventsTable {
  /** bigint, read as text */
  id: Generated<string>
  occurred_at: Generated<Date>
  actor_type: AuditActorType
  actor_id: string | null
  actor_roles: ColumnType<string[], string[] | undefined, string[]>
  ip: string | null
  action: string
  object_type: string
  object_id: string | null
  result: AuditResult
  details: ColumnType<Record<string, unknown>, string | undefined, never>
}

export type AuditEventRow = Selectable<AuditEventsTable>
