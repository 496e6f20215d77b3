import type { Generated } from 'kysely'
import type { RefKind } from '../rules/rule-types.js'

/** See migrations/202612051300_create_reference_lists.sql. */
export interface ReferenceListsTable {
  id: Generated<string>
  kind: RefKind
  source: string
  /** date, read as text */
  obtained_on: string
  legal_basis: string
  file_name: string
  file_sha256: string
  entry_count: number
  status: 'active' | 'withdrawn'
  uploaded_by: string
  uploaded_at: Date
  withdrawn_by: string | null
  withdrawn_at: Date | null
  withdraw_reason: string | null
}

export interface ReferenceEntriesTable {
  id: Generated<string>
  list_id: string
  row_number: number
  name: string
  id_kind: 'id_number' | 'credit_code' | 'masked' | 'other' | null
  id_encrypted: Buffer | null
  case_no: string | null
  entry_date: string
  end_date: string | null
  /** numeric, read as text */
  term_years: string | null
  category: string | null
  detail: string | null
  extra: string | null
  direction: 'in' | 'out' | null
  counterparty: string | null
  amount: string | null
}
