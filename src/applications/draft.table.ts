import type { Generated, Selectable } from 'kysely'

export interface ApplicationDraftsTable {
  id: Generated<string>
  token_hash: string
  channel: 'online' | 'counter'
  /** the staff member entering a counter application */
  entered_by: Generated<string | null>
  answers_encrypted: Uint8Array
  application_id: string | null
  /** SHA-256 of the emailed resume link's own token; null once used or after submission */
  resume_token_hash: Generated<string | null>
  created_at: Generated<Date>
  updated_at: Generated<Date>
  expires_at: Date
}

export type MaterialSlot =
  | 'application_letter'
  | 'identity'
  | 'legal_documents'
  | 'evidence'
  | 'authorization'
  /** answers to a 补正 request, filed after submission */
  | 'supplement'
  /** the court's reply letter to a 检察建议, filed by staff */
  | 'court_reply'

export interface DraftFilesTable {
  id: Generated<string>
  draft_id: string
  slot: MaterialSlot
  description: string | null
  original_name: string
  /** bigint, read as text */
  byte_size: string | number
  detected_type: string
  sha256: string
  file_id: string
  uploaded_at: Generated<Date>
}

export type DraftRow = Selectable<ApplicationDraftsTable>
export type DraftFileRow = Selectable<DraftFilesTable>
