import type { Generated, Selectable } from 'kysely'

/** A case handed down (交办) or transferred (移送) to this procuratorate, entered with its document. */
export interface HandedDownCasesTable {
  id: Generated<string>
  kind: HandedDownKind
  review_ruling: Generated<boolean>
  source_organ: string
  source_number: string
  /** dates, as text */
  source_dated: string
  received_on: string
  due_on: string | null
  party_name: string
  court_name: string
  court_case_no: string
  summary: string
  document_key: string
  document_name: string
  document_sha256: string
  document_size: number
  document_type: string
  outcome: HandedDownOutcome | null
  outcome_on: string | null
  outcome_note: string | null
  entered_by: string
  entered_at: Date
  closed_by: string | null
  version: Generated<number>
}
export type HandedDownRow = Selectable<HandedDownCasesTable>

export type HandedDownKind = 'handed_down' | 'petition_handed_down' | 'transferred'
export type HandedDownOutcome = 'reported' | 'proposed_upward' | 'not_supported' | 'handled'
