export interface RateLimitsTable {
  scope: string
  key_hash: string
  window_started_at: Date
  /** bigint, read as text */
  used: string | number
}
