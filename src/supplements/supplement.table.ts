import type { ColumnType, Generated } from 'kysely'

export type SupplementItem = { key: string; label: string; detail?: string }

export interface SupplementRequestsTable {
  id: Generated<string>
  application_id: string
  items: ColumnType<SupplementItem[], string, string>
  /** date, read as text */
  deadline: string
  deadline_explanation: string
  requested_at: Date
  requested_by: string
  completed_at: Date | null
  expired_at: Date | null
}
