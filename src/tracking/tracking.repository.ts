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

export async function insertSession(
  db: Db,
  tokenHash: string,
  applicationId: string,
  now: Date,
): Promise<void> {
  await db
    .insertInto('applicant_sessions')
    .values({
      token_hash: tokenHash,
      application_id: applicationId,
      created_at: now,
      last_seen_at: now,
    })
    .execute()
}

/** The session's application if it was used after `idleSince`; its use is recorded. */
export async function touchSession(
  db: Db,
  tokenHash: string,
  idleSince: Date,
  now: Date,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('applicant_sessions')
    .select(['application_id', 'last_seen_at'])
    .where('token_hash', '=', tokenHash)
    .where('last_seen_at', '>', idleSince)
    .executeTakeFirst()
  if (!row) return undefined
  await recordSessionUse(db, tokenHash, row.last_seen_at, now)
  return row.application_id
}

/**
 * The last-seen time is written at most once a minute: a write (and its commit) on every page view
 * was most of a status page's cost.
 */
export async function recordSessionUse(
  db: Db,
  tokenHash: string,
  lastSeenAt: Date,
  now: Date,
): Promise<void> {
  if (now.getTime() - lastSeenAt.getTime() <= 60_000) return
  await db
    .updateTable('applicant_sessions')
    .set({ last_seen_at: now })
    .where('token_hash', '=', tokenHash)
    .execute()
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.deleteFrom('applicant_sessions').where('token_hash', '=', tokenHash).execute()
}
