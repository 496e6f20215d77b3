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
