import type { NumberedKind } from '../../../documents/document-kinds.js'

// The document numbers page's model, apart from the service: views import only types from src,
// and this way the page's types do not come from the module that saves templates and audit rows.

export type NumberFormatRow = {
  kind: NumberedKind
  title: string
  typeCode: string
  template: string
  /** the next number as it would be issued now, or undefined while the input is invalid */
  preview?: string | undefined
}
export type NumberSettingsView = { abbreviation: string; year: number; rows: NumberFormatRow[] }
