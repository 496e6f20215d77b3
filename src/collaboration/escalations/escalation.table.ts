import type { Generated, Insertable } from 'kysely'

export type EscalationReason = 'new_type' | 'major_impact' | 'complex_sensitive'

/** One 请示报告 to the 市院; see migrations/202612041130_create_escalations.sql. */
export interface CollabEscalationsTable {
  id: Generated<string>
  application_id: string
  number: string
  reason: EscalationReason
  question: string
  sent_on: string
  guidance: string | null
  guidance_on: string | null
  created_by: string
  created_at: Date
}

export type NewEscalationRow = Insertable<CollabEscalationsTable>
