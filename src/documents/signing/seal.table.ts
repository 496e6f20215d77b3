import type { Generated } from 'kysely'

/** The procuratorate's seal image (院印), one row (migrations/202612031702_create_procuratorate_seal.sql). */
export interface ProcuratorateSealsTable {
  id: Generated<number>
  png: Uint8Array
  sha256: string
  width: number
  height: number
  uploaded_by: string
  uploaded_at: Date
}
