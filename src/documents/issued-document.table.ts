import type { ColumnType, Generated } from 'kysely'
import type { IssuedDocumentKind } from './document-kinds.js'

export interface IssuedDocumentsTable {
  id: Generated<string>
  application_id: string
  kind: IssuedDocumentKind
  title: string
  file_id: string
  sha256: string
  /** bigint, read as text */
  byte_size: ColumnType<string, number, number>
  issued_at: Date
  /** 文号 of a formal notice (src/notices); null for receipts */
  number: Generated<string | null>
}
