import type { Generated, Insertable, Selectable } from 'kysely'

export type MeetingKind = 'chiefs' | 'info_exchange' | 'city_consult' | 'other'
export type ActionItemStatus = 'open' | 'done' | 'dropped'
export type MeetingParticipant = { organisation: string; people: string }

/** One 联席会议 or 会商; see migrations/202612041100_create_meetings.sql. */
export interface CollabMeetingsTable {
  id: Generated<string>
  kind: MeetingKind
  /** YYYY-MM-DD */
  held_on: string
  place: string
  chair: string
  participants: MeetingParticipant[]
  agenda: string
  decisions: string | null
  recommendation_refs: string | null
  minutes_key: string | null
  minutes_name: string | null
  minutes_sha256: string | null
  minutes_size: number | null
  recorded_by: string
  recorded_at: Date
}

export interface CollabMeetingExchangesTable {
  meeting_id: string
  exchange_id: string
}

export interface CollabMeetingCasesTable {
  meeting_id: string
  application_id: string
}

/** What a meeting agreed someone does by a date. */
export interface CollabActionItemsTable {
  id: Generated<string>
  meeting_id: string
  description: string
  owner_staff_id: string | null
  owner_organisation: string | null
  /** YYYY-MM-DD */
  due_on: string
  status: Generated<ActionItemStatus>
  status_note: string | null
  closed_at: Date | null
  created_by: string
  created_at: Date
}

export type MeetingRow = Selectable<CollabMeetingsTable>
export type NewMeetingRow = Insertable<CollabMeetingsTable>
export type NewActionItemRow = Insertable<CollabActionItemsTable>
