import { sql } from 'kysely'
import type { Db } from '../db/database.js'

/**
 * Adds `amount` to the key's use in the current window (a window older than `windowStart` starts
 * over) and returns the total after it, in one statement: two concurrent requests both count.
 */
export async function consumeBudget(
  db: Db,
  scope: string,
  keyHash: string,
  amount: number,
  now: Date,
  windowStart: Date,
): Promise<{ used: number; windowStartedAt: Date }> {
  const { rows } = await sql<{ used: string | number; window_started_at: Date }>`
    insert into rate_limits (scope, key_hash, window_started_at, used)
    values (${scope}, ${keyHash}, ${now}, ${amount})
    on conflict (scope, key_hash) do update set
      used = case when rate_limits.window_started_at <= ${windowStart}::timestamptz then ${amount}::bigint
                  else rate_limits.used + ${amount}::bigint end,
      window_started_at = case when rate_limits.window_started_at <= ${windowStart}::timestamptz
                               then ${now}::timestamptz else rate_limits.window_started_at end
    returning used, window_started_at`.execute(db)
  const row = rows[0]!
  return { used: Number(row.used), windowStartedAt: new Date(row.window_started_at) }
}

/** Housekeeping: windows that ended before `before` count for nothing any more. */
export async function deleteStaleBudgets(db: Db, before: Date): Promise<number> {
  const rows = await db
    .deleteFrom('rate_limits')
    .where('window_started_at', '<', before)
    .returning('scope')
    .execute()
  return rows.length
}
