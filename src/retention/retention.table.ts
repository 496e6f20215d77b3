import type { Generated, Selectable } from 'kysely'

export interface RetentionPeriodsTable {
  kind: string
  months: number
  updated_by: string
  updated_at: Date
}

export interface LegalHoldsTable {
  id: Generated<string>
  subject_type: 'application'
  subject_id: string
  reason: string
  set_by: string
  set_at: Date
  lifted_by: string | null
  lifted_at: Date | null
  lift_reason: string | null
}

export interface PurgeRunsTable {
  /** date, read as text */
  day: string
  started_at: Date
  lease_until: Date
  finished_at: Date | null
  counts: string | null
}

export interface PurgePendingFilesTable {
  file_id: string
  queued_at: Date
}

export type LegalHoldRow = Selectable<LegalHoldsTable>

export interface RetentionTables {
  retention_periods: RetentionPeriodsTable
  legal_holds: LegalHoldsTable
  purge_runs: PurgeRunsTable
  purge_pending_files: PurgePendingFilesTable
}
