import type { Stage } from '../workflow/stages.js'

/** Kept exact by triggers on `applications` (migration 202611262120): the queue's tab counts. */
export interface ApplicationStageCountsTable {
  stage: Stage
  total: number
}

/** One row per Beijing day the staff digest went out (the once-a-day guard). */
export interface DigestRunsTable {
  /** date, read as text */
  day: string
  sent_at: Date
  recipients: number
}
