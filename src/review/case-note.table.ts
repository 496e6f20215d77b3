import type { Generated } from 'kysely'

/** Internal notes on an application: staff only, never on any applicant page (docs/product.md §7). */
export interface ApplicationNotesTable {
  id: Generated<string>
  application_id: string
  author_id: string
  body: string
  created_at: Date
}

/** The longest note, in characters: the CHECK on application_notes.body, told to staff first. */
export const NOTE_MAX_CHARS = 2000
