import type { Generated, Insertable, Selectable } from 'kysely'

export const OUTBOX_STATUSES = ['pending', 'sent', 'failed'] as const
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number]

/** One kind per email the service sends (views/emails). */
export type OutboxKind =
  | 'application_submitted'
  | 'draft_resume'
  | 'lost_code'
  | 'stage_change'
  | 'notice'
  | 'evidence_receipt'
  | 'staff_digest'

export interface OutboxMessagesTable {
  id: Generated<string>
  message_key: string
  kind: OutboxKind
  recipient: string
  subject: string
  text_body: string
  html_body: string | null
  status: Generated<OutboxStatus>
  attempts: Generated<number>
  next_attempt_at: Generated<Date>
  locked_until: Date | null
  /** set at claim, cleared when the attempt ends: still set at the next claim = interrupted send */
  send_started_at: Date | null
  last_error: string | null
  sent_at: Date | null
  created_at: Generated<Date>
}

export interface OutboxAttachmentsTable {
  id: Generated<string>
  message_id: string
  position: number
  filename: string
  content_type: string
  /** bytea: pg returns a Buffer, PGlite a Uint8Array; the repository hands out Buffers */
  content: Uint8Array
}

export type OutboxMessageRow = Selectable<OutboxMessagesTable>
export type NewOutboxMessageRow = Insertable<OutboxMessagesTable>
