export interface TrackingAttemptsTable {
  scope: 'code' | 'ip' | 'lost_code'
  key_hash: string
  window_started_at: Date
  failures: number
  locked_until: Date | null
}

export interface ApplicantSessionsTable {
  token_hash: string
  application_id: string
  created_at: Date
  last_seen_at: Date
}
