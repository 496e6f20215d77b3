import type { Generated, Insertable, Selectable } from 'kysely'

export type PetitionOutcome = 'resolved' | 'converted' | 'transferred' | 'rejected'
export type PetitionChannel = 'visit' | 'letter' | 'phone' | 'online' | 'court'

/** One 涉执信访; see migrations/202612041120_create_petitions.sql. */
export interface CollabPetitionsTable {
  /** when the retention purge removed its personal data (src/retention) */
  purged_at: Generated<Date | null>
  id: Generated<string>
  petitioner_name: string
  petitioner_phone_encrypted: Uint8Array
  petitioner_id_encrypted: Uint8Array | null
  channel: PetitionChannel
  received_on: string
  court_name: string
  court_case_number: string | null
  complaint: string
  notified_on: string | null
  extended_on: string | null
  extension_reason: string | null
  outcome: PetitionOutcome | null
  outcome_on: string | null
  outcome_reasons: string | null
  draft_id: string | null
  created_by: string
  created_at: Date
}

export interface CollabPetitionHandlingsTable {
  id: Generated<string>
  petition_id: string
  handled_on: string
  who: string
  what: string
  recorded_by: string
  recorded_at: Date
}

export type PetitionRow = Selectable<CollabPetitionsTable>
export type NewPetitionRow = Insertable<CollabPetitionsTable>
