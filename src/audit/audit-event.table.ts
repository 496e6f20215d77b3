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
  /** set by the insert trigger (issue 12 F16): the previous row's hash and this row's */
  prev_hash: ColumnType<string | null, never, never>
  row_hash: ColumnType<string | null, never, never>
}

export interface AuditChainHeadTable {
  id: boolean
  last_id: string | null
  last_hash: string
  /** hash of the last row the retention purge removed: the chain's anchor (null: none removed) */
  pruned_hash: Generated<string | null>
}

export type AuditEventRow = Omit<Selectable<AuditEventsTable>, 'prev_hash' | 'row_hash'>
