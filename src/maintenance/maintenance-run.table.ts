export interface MaintenanceRunsTable {
  /** the start of the clock hour (UTC) the run belongs to */
  hour: Date
  started_at: Date
  finished_at: Date | null
}
