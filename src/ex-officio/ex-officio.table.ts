import type { Generated, Selectable } from 'kysely'

/** See migrations/202612041210_create_ex_officio_cases.sql. */
export type ExOfficioStage =
  'filed' | 'under_review' | 'recommendation_pending' | 'recommended' | 'terminated' | 'closed'

export type ExOfficioSource = 'lead' | 'case_review' | 'campaign' | 'petition' | 'other'
export type ExOfficioGround = 'public_interest' | 'misconduct' | 'social_impact' | 'follow_up'

export interface ExOfficioCasesTable {
  /** when the retention purge removed its personal data (src/retention) */
  purged_at: Generated<Date | null>
  id: Generated<string>
  serial: Generated<number>
  source: ExOfficioSource
  ground: ExOfficioGround | null
  court_name: string
  court_case_no: string
  court_case_id: string | null
  facts: string
  stage: ExOfficioStage
  recommendation: string | null
  termination_reason: string | null
  assigned_staff_id: string | null
  opened_by: string
  opened_at: Date
  updated_at: Date
  version: Generated<number>
}

export interface ExOfficioCaseLeadsTable {
  case_id: string
  lead_id: string
  attached_by: string
  attached_at: Date
}

export type ExOfficioCaseRow = Selectable<ExOfficioCasesTable>
