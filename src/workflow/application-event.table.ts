import type { Generated } from 'kysely'

export interface ApplicationEventsTable {
  /** bigint, read as text */
  id: Generated<string>
  application_id: string
  occurred_at: Date
  action: string
  from_stage: string | null
  to_stage: string
  public_note: string | null
}
