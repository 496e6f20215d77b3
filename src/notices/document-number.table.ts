import type { Generated } from 'kysely'
import type { NumberedKind } from '../documents/document-kinds.js'

export interface DocumentNumberCountersTable {
  kind: NumberedKind
  year: number
  last: number
}

export interface DocumentNumberTemplatesTable {
  kind: NumberedKind
  type_code: string
  template: string
  updated_at: Generated<Date>
  updated_by: string | null
}

export interface DocumentNumberSettingsTable {
  id: Generated<number>
  abbreviation: string
  updated_at: Generated<Date>
  updated_by: string | null
}
