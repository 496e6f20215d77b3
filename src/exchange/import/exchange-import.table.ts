import type { Generated, Insertable, Selectable } from 'kysely'

/** See migrations/202612031300_create_court_exchange_import.sql. */
export interface ExchangeProfilesTable {
  id: Generated<string>
  court_code: string
  name: string
  mapping: unknown
  saved_by: string
  saved_at: Date
}

export interface ExchangeBatchesTable {
  id: Generated<string>
  court_code: string
  court_name: string
  status: 'pending' | 'confirmed'
  file_key: string
  file_name: string
  file_sha256: string
  file_size: number
  file_format: 'xlsx' | 'xls' | 'csv'
  encoding: string | null
  profile_id: string | null
  mapping: unknown
  preview: unknown
  report: unknown | null
  uploaded_by: string
  uploaded_at: Date
  confirmed_by: string | null
  confirmed_at: Date | null
}

export interface ExchangeRejectedRowsTable {
  batch_id: string
  sheet: string
  row_number: number
  reason: string
  raw: unknown
}

/** Court data as imported; `date` columns read as text, `numeric` amounts as exact text. */
export interface CourtCasesTable {
  /** when the retention purge removed its personal data (src/retention) */
  purged_at: Generated<Date | null>
  id: Generated<string>
  court_code: string
  case_no: string
  case_kind: string | null
  prior_case_no: string | null
  received_date: string | null
  filing_date: string | null
  cause: string | null
  applicants: unknown
  respondents: unknown
  respondent_type: string | null
  basis_type: string | null
  basis_doc_no: string | null
  basis_issuer: string | null
  basis_effective_date: string | null
  claim_amount: string | null
  paid_amount: string | null
  unpaid_amount: string | null
  closing_method: string | null
  closing_method_raw: string | null
  closing_date: string | null
  closing_reason: string | null
  applicant_requested_zb: boolean | null
  judge: string | null
  status: string | null
  excluded_days: number | null
  content_hash: string
  first_batch_id: string
  batch_id: string
  source_file_sha256: string
  source_sheet: string
  source_row: number
  updated_at: Date
}

export interface CourtCaseIdentifiersTable {
  case_id: string
  position: number
  kind: 'id_number' | 'credit_code' | 'masked' | 'other'
  value_encrypted: Buffer
  value_hash: string
}

export interface CourtCaseHistoryTable {
  id: Generated<string>
  case_id: string
  batch_id: string
  field: string
  old_value: string | null
  new_value: string | null
  changed_at: Date
}

export interface CourtCaseEventsTable {
  id: Generated<string>
  case_id: string
  event_type: string
  event_label: string
  party: string | null
  event_date: string
  end_date: string | null
  amount: string | null
  scope: string | null
  result: string | null
  note: string | null
  content_hash: string
  batch_id: string
  source_sheet: string
  source_row: number
}

export interface CourtLedgerRowsTable {
  id: Generated<string>
  case_id: string
  txn_no: string | null
  direction: string
  txn_date: string
  amount: string
  counterparty: string | null
  channel: string | null
  defer_reason: string | null
  defer_days: number | null
  content_hash: string
  batch_id: string
  source_sheet: string
  source_row: number
}

export type ExchangeBatchRow = Selectable<ExchangeBatchesTable>
export type CourtCaseRow = Selectable<CourtCasesTable>
export type NewCourtCaseRow = Insertable<CourtCasesTable>
