import type { Generated, Insertable, Selectable } from 'kysely'

export type Crime = 'refusal_to_execute' | 'obstructing_testimony' | 'false_litigation'
export type PoliceDecision = 'filed' | 'not_filed'
export type EvidenceItem = { name: string; note: string }

/** One crime lead; see migrations/202612041110_create_referrals.sql. */
export interface CollabReferralsTable {
  id: Generated<string>
  crime: Crime
  source: 'application' | 'manual'
  application_id: string | null
  court_case_number: string | null
  suspect_name: string
  suspect_type: 'person' | 'organisation'
  facts: string
  found_by: 'procuratorate' | 'court'
  police_organ: string | null
  evidence: EvidenceItem[] | null
  sent_on: string | null
  letter_number: string | null
  police_accepted_on: string | null
  police_complex: Generated<boolean>
  police_decision: PoliceDecision | null
  police_decision_on: string | null
  police_reasons: string | null
  supervision_requested_on: string | null
  supervision_answer_on: string | null
  supervision_answer: string | null
  created_by: string
  created_at: Date
}

export interface CollabReferralConsultationsTable {
  id: Generated<string>
  referral_id: string
  kind: 'court_analysis' | 'joint_consultation'
  held_on: string
  participants: string
  conclusion: string
  disagreements: string | null
  recorded_by: string
  recorded_at: Date
}

/** A period the police (or a petition's handler) have, editable, with its basis and whether it is verified. */
export interface CollabPeriodSettingsTable {
  key: string
  days: number
  label: string
  basis: string
  verified: boolean
  /** no legal basis: the procuratorate's own working period (督促回复) */
  own_choice: Generated<boolean>
  updated_at: Generated<Date>
}

export type ReferralRow = Selectable<CollabReferralsTable>
export type NewReferralRow = Insertable<CollabReferralsTable>
