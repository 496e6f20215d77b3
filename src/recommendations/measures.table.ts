import type { Generated } from 'kysely'
import type { ReplyMeasure } from './register.table.js'

/** How staff checked that the court carried a measure out. */
export const VERIFICATION_METHODS = [
  'case_file',
  'court_documents',
  'party_contact',
  'on_site',
] as const
export type VerificationMethod = (typeof VERIFICATION_METHODS)[number]

/** 整改落实: one measure of a reply, carried out (migrations/202612051500_…measures_done.sql). */
export interface RecommendationMeasuresDoneTable {
  id: Generated<string>
  recommendation_id: string
  measure: ReplyMeasure
  done_on: string
  court_document: string | null
  /** numeric, read as text */
  amount_paid: string | null
  verification: VerificationMethod
  verification_note: string | null
  verified_on: string
  verified_by: string
  recorded_at: Date
}

/** The evidence of one measure done: stored files with their hashes, at most five. */
export interface RecommendationMeasureEvidenceTable {
  id: Generated<string>
  measure_done_id: string
  position: number
  file_key: string
  file_name: string
  file_sha256: string
  file_size: number
}
