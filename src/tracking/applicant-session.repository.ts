import type { Db } from '../db/database.js'

// The applicant_sessions rows behind the /track pages; applicant-session.ts holds the rule. The
// status page reads the same rows through its own gathered query (findStatusStamps in
// status.repository.ts), with the same `last_seen_at > idleSince` condition as touchSession.

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
