import type { ColumnType, Generated } from 'kysely'

export interface IssuedDocumentsTable {
  id: Generated<string>
  application_id: string
  kind: 'evidence_receipt'
  title: string
  file_id: string
  sha256: string
  /** bigint, read as text */
  byte_size: ColumnType<string, number, number>
  issued_at: Date
}
