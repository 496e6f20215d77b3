import { sql } from 'kysely'
import type { Db } from '../db/database.js'

export type AttemptScope = 'code' | 'ip' | 'lost_code'

export type AttemptState = { failures: number; lockedUntil: Date | null }

export async function findAttempts(
  db: Db,
  scope: AttemptScope,
  keyHash: string,
  since: Date,
): Promise<AttemptState> {
  const row = await db
    .selectFrom('tracking_attempts')
    .select(['failures', 'locked_until', 'window_started_at'])
    .where('scope', '=', scope)
    .where('key_hash', '=', keyHash)
    .executeTakeFirst()
  if (!row) return { failures: 0, lockedUntil: null }
  const fresh = row.window_started_at >= since
  return { failures: fresh ? row.failures : 0, lockedUntil: row.locked_until }
}

/**
 * Takes one of `limit` requests in the window in one statement (security review F19): concurrent
 * requests each get their own count, so the limit holds under a burst. `allowed` is false past
 * the limit; the window then ends at `retryAt`.
 */
export async function reserveAttempt(
  db: Db,
  scope: AttemptScope,
  keyHash: string,
  window: { now: Date; start: Date; ms: number; limit: number },
): Promise<{ allowed: boolean; retryAt: Date }> {
  const { now, start } = window
  const { rows } = await sql<{ failures: number; window_started_at: Date }>`
    insert into tracking_attempts (scope, key_hash, window_started_at, failures, locked_until)
    values (${scope}, ${keyHash}, ${now}, 1, null)
    on conflict (scope, key_hash) do update set
      failures = case when tracking_attempts.window_started_at < ${start}::timestamptz then 1
                      else tracking_attempts.failures + 1 end,
      window_started_at = case when tracking_attempts.window_started_at < ${start}::timestamptz
                               then ${now}::timestamptz else tracking_attempts.window_started_at end
    returning failures, window_started_at`.execute(db)
  const row = rows[0]!
  return {
    allowed: row.failures <= window.limit,
    retryAt: new Date(new Date(row.window_started_at).getTime() + window.ms),
  }
}

/**
 * Counts one failure in one statement (concurrent requests cannot lose a count): a window older
 * than `windowStart` starts again at 1; reaching `lockAt` sets the lock.
 */
export async function recordFailure(
  db: Db,
  scope: AttemptScope,
  keyHash: string,
  now: Date,
  windowStart: Date,
  lockAt: number,
  lockUntil: Date,
): Promise<number> {
  const { rows } = await sql<{ failures: number }>`
    insert into tracking_attempts (scope, key_hash, window_started_at, failures, locked_until)
    values (${scope}, ${keyHash}, ${now}, 1, ${lockAt <= 1 ? lockUntil : null})
    on conflict (scope, key_hash) do update set
      failures = case when tracking_attempts.window_started_at < ${windowStart}::timestamptz then 1
                      else tracking_attempts.failures + 1 end,
      window_started_at = case when tracking_attempts.window_started_at < ${windowStart}::timestamptz then ${now}::timestamptz
                               else tracking_attempts.window_started_at end,
      locked_until = case
        when (case when tracking_attempts.window_started_at < ${windowStart}::timestamptz then 1
                   else tracking_attempts.failures + 1 end) >= ${lockAt}::int then ${lockUntil}::timestamptz
        else tracking_attempts.locked_until end
    returning failures`.execute(db)
  return rows[0]!.failures
}

export async function clearAttempts(db: Db, scope: AttemptScope, keyHash: string): Promise<void> {
  await db
    .deleteFrom('tracking_attempts')
    .where('scope', '=', scope)
    .where('key_hash', '=', keyHash)
    .execute()
}

/** Submitted applications with an email address registered under this mobile and identifier. */
export async function findCodeRecipients(db: Db, mobileHash: string, idNumberHash: string) {
  return db
    .selectFrom('applications')
    .select(['id', 'tracking_code', 'email'])
    .where('mobile_hash', '=', mobileHash)
    .where('id_number_hash', '=', idNumberHash)
    .where('email', 'is not', null)
    .execute()
}

/**
 * The statement an email would cost, enqueuing nothing: the lost-code answer takes as long when
 * nothing matched as when one email was queued (security review F19).
 */
export async function enqueueNothing(db: Db): Promise<void> {
  await db
    .insertInto('outbox_messages')
    .columns(['message_key'])
    .expression(sql<{ message_key: string }>`select message_key from outbox_messages where false`)
    .execute()
}
