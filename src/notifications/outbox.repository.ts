import { sql, type RawBuilder } from 'kysely'
import type { Db } from '../db/database.js'
import type { NewOutboxMessageRow, OutboxMessageRow } from './outbox.table.js'

export type NewOutboxAttachment = {
  filename: string
  content_type: string
  content: Uint8Array
}

/**
 * What a caller enqueues. Pass `next_attempt_at: clock.now()` so a fixed test clock sees the message
 * as due; without it the database's now() is used.
 */
export type NewOutboxMessage = Pick<
  NewOutboxMessageRow,
  'message_key' | 'kind' | 'recipient' | 'subject' | 'text_body' | 'html_body' | 'next_attempt_at'
> & { attachments?: NewOutboxAttachment[] }

/** A claimed row: everything the worker needs to send it. `attempts` already counts this attempt. */
export type ClaimedOutboxMessage = Pick<
  OutboxMessageRow,
  | 'id'
  | 'message_key'
  | 'kind'
  | 'recipient'
  | 'subject'
  | 'text_body'
  | 'html_body'
  | 'attempts'
  | 'next_attempt_at'
  | 'locked_until'
> & {
  /** the previous attempt was claimed and never concluded: the message may already be out */
  interrupted: boolean
}

export type OutboxAttachment = { filename: string; content_type: string; content: Buffer }

/**
 * Enqueues a message; `db` is normally the caller's transaction, so the row commits or rolls back
 * with the state change that caused it. A message_key already present is left as it is (attachments
 * included) and its id returned: a retried request enqueues nothing new.
 */
export async function insertOutboxMessage(db: Db, message: NewOutboxMessage): Promise<string> {
  const { attachments = [], ...row } = message
  const inserted = await db
    .insertInto('outbox_messages')
    .values(row)
    .onConflict((oc) => oc.column('message_key').doNothing())
    .returning('id')
    .executeTakeFirst()
  if (!inserted) {
    const existing = await db
      .selectFrom('outbox_messages')
      .select('id')
      .where('message_key', '=', message.message_key)
      .executeTakeFirstOrThrow()
    return existing.id
  }
  if (attachments.length > 0) {
    await db
      .insertInto('outbox_attachments')
      .values(
        attachments.map((a, position) => ({
          message_id: inserted.id,
          position,
          filename: a.filename,
          content_type: a.content_type,
          content: toBuffer(a.content),
        })),
      )
      .execute()
  }
  return inserted.id
}

/**
 * Takes up to `limit` due, pending, unleased rows and leases them until now + leaseMs, in one
 * statement. SKIP LOCKED lets concurrent workers pass over rows another one is claiming instead of
 * waiting for it; the lease keeps a claimed row away from every other worker after the commit. The
 * attempt is counted and its start recorded here, before anything is sent, so a worker that dies
 * mid-send still uses one up and the next claim knows the message may already be out.
 */
export async function claimDueMessages(
  db: Db,
  now: Date,
  limit: number,
  leaseMs: number,
): Promise<ClaimedOutboxMessage[]> {
  const rows = await db
    .with(
      (cte) => cte('due').materialized(),
      (qb) =>
        qb
          .selectFrom('outbox_messages')
          .select(['id', 'send_started_at as previous_start'])
          .where('status', '=', 'pending')
          .where('next_attempt_at', '<=', now)
          .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
          .orderBy('next_attempt_at')
          .limit(limit)
          .forUpdate()
          .skipLocked(),
    )
    .updateTable('outbox_messages')
    .from('due')
    .whereRef('outbox_messages.id', '=', 'due.id')
    .set((eb) => ({
      locked_until: new Date(now.getTime() + leaseMs),
      attempts: eb('outbox_messages.attempts', '+', 1),
      send_started_at: now,
    }))
    .returning([
      'outbox_messages.id',
      'outbox_messages.message_key',
      'outbox_messages.kind',
      'outbox_messages.recipient',
      'outbox_messages.subject',
      'outbox_messages.text_body',
      'outbox_messages.html_body',
      'outbox_messages.attempts',
      'outbox_messages.next_attempt_at',
      'outbox_messages.locked_until',
      'due.previous_start',
    ])
    .execute()
  return rows
    .map(({ previous_start, ...row }) => ({ ...row, interrupted: previous_start !== null }))
    .sort((a, b) => a.next_attempt_at.getTime() - b.next_attempt_at.getTime())
}

/**
 * Only a pending row becomes sent: a message marked sent is never touched (or sent) again. Its body
 * loses any link token (`?t=…`, the resume link's): a sent row kept for staff and audit must not be
 * a key to a draft for whoever reads the table or a backup (issue 12 F10).
 */
export async function markSent(db: Db, id: string, sentAt: Date): Promise<boolean> {
  const result = await db
    .updateTable('outbox_messages')
    .set({
      status: 'sent',
      sent_at: sentAt,
      locked_until: null,
      send_started_at: null,
      text_body: redactLinkTokens(sql.ref('text_body')),
      html_body: redactLinkTokens(sql.ref('html_body')),
    })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst()
  return result.numUpdatedRows > 0n
}

/** Records a failed attempt and releases the lease; the row is due again at `nextAttemptAt`. */
export async function markFailedAttempt(
  db: Db,
  id: string,
  error: string,
  nextAttemptAt: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('outbox_messages')
    .set({
      last_error: error,
      next_attempt_at: nextAttemptAt,
      locked_until: null,
      send_started_at: null,
    })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst()
  return result.numUpdatedRows > 0n
}

/** Gives up: the row stays (status 'failed') for staff to see, and is never claimed again. */
export async function markFailed(db: Db, id: string, error: string): Promise<boolean> {
  const result = await db
    .updateTable('outbox_messages')
    .set({ status: 'failed', last_error: error, locked_until: null, send_started_at: null })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst()
  return result.numUpdatedRows > 0n
}

/**
 * Hands claimed rows back untried (the worker ran short of lease, or the server is unreachable): the
 * lease is dropped and the attempt counted at claim time is given back. Only while the lease is
 * still the one this worker took, so a row another worker has since claimed is left alone.
 */
export async function releaseClaims(db: Db, ids: string[], lockedUntil: Date): Promise<number> {
  if (ids.length === 0) return 0
  const result = await db
    .updateTable('outbox_messages')
    .set((eb) => ({ locked_until: null, send_started_at: null, attempts: eb('attempts', '-', 1) }))
    .where('id', 'in', ids)
    .where('status', '=', 'pending')
    .where('locked_until', '=', lockedUntil)
    .executeTakeFirst()
  return Number(result.numUpdatedRows)
}

export async function findAttachments(db: Db, messageId: string): Promise<OutboxAttachment[]> {
  const rows = await db
    .selectFrom('outbox_attachments')
    .select(['filename', 'content_type', 'content'])
    .where('message_id', '=', messageId)
    .orderBy('position')
    .execute()
  return rows.map((r) => ({ ...r, content: toBuffer(r.content) }))
}

export type OutboxMessageStatus = Pick<
  OutboxMessageRow,
  | 'id'
  | 'message_key'
  | 'kind'
  | 'status'
  | 'attempts'
  | 'next_attempt_at'
  | 'last_error'
  | 'sent_at'
>

/** Delivery state by key, without recipient or body: for staff views and tests. */
export async function findOutboxMessageByKey(
  db: Db,
  messageKey: string,
): Promise<OutboxMessageStatus | undefined> {
  return db
    .selectFrom('outbox_messages')
    .select([
      'id',
      'message_key',
      'kind',
      'status',
      'attempts',
      'next_attempt_at',
      'last_error',
      'sent_at',
    ])
    .where('message_key', '=', messageKey)
    .executeTakeFirst()
}

function redactLinkTokens(column: RawBuilder<unknown>) {
  return sql<string>`regexp_replace(${column}, '([?&]t=)[A-Za-z0-9_-]+', '\\1(已失效)', 'g')`
}

/** pg hands bytea out as Buffer and PGlite as Uint8Array; both accept a Buffer in. No copy. */
function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes)
    ? bytes
    : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}
