import type { Generated, Selectable } from 'kysely'

export const CLOCK_KINDS = [
  'procedural_reply',
  'supplement',
  'acceptance_notice',
  'review',
  'decision_notice',
  'court_reply',
  'civil_referral',
  'other_party_comments',
] as const
export type ClockKind = (typeof CLOCK_KINDS)[number]

export interface ApplicationClocksTable {
  id: Generated<string>
  application_id: string
  kind: ClockKind
  /** dates are read as text (YYYY-MM-DD), see db/database.ts */
  started_on: string
  due: string
  explanation: string
  paused_on: string | null
  paused_days: Generated<number>
  extended_months: Generated<number>
  stopped_at: Date | null
  created_at: Date
}

export type ClockRow = Selectable<ApplicationClocksTable>
