import type { Generated, Selectable } from 'kysely'

/** See migrations/202612041200_create_supervision_leads.sql. */
export interface LeadSettingsTable {
  key: string
  value: string
  updated_by: string
  updated_at: Date
}

export interface RuleResultsTable {
  case_id: string
  rule_id: string
  outcome: 'raised' | 'clear' | 'unknown'
  evidence: string | null
  missing: unknown | null
  batch_id: string
  evaluated_at: Date
}

export type LeadStatus = 'pending' | 'valid' | 'invalid' | 'cleared'

export type LeadEvidence = { rule: string; evidence: string; fingerprint: string }

export interface LeadsTable {
  id: Generated<string>
  case_id: string
  court_code: string
  status: LeadStatus
  severity: number
  evidence: unknown
  rule_ids: unknown
  evidence_hash: string
  unpaid_amount: string | null
  unpaid_sort: string
  batch_id: string
  first_raised_at: Date
  updated_at: Date
  change_note: string | null
  decision_reason: string | null
  decision_note: string | null
  decided_by: string | null
  decided_at: Date | null
  decided_hash: string | null
  version: Generated<number>
}

export type LeadRow = Selectable<LeadsTable>
