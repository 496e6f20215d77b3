import { sql } from 'kysely'
import type { Db } from '../db/database.js'

/**
 * Claims the day's purge with a lease, like the digest claims its day (src/queue/digest.repository.ts)
 * but outside one transaction, because the purge commits case by case: only one process holds an
 * unexpired lease; a finished day is never claimed again; a crashed run's lease runs out and the
 * next hourly run takes the day over and finishes it.
 */
export async function claimPurgeDay(
  db: Db,
  day: string,
  now: Date,
  leaseMs: number,
): Promise<boolean> {
  const until = new Date(now.getTime() + leaseMs)
  const row = await db
    .insertInto('purge_runs')
    .values({ day, started_at: now, lease_until: until })
    .onConflict((oc) =>
      oc
        .column('day')
        .doUpdateSet({ started_at: now, lease_until: until })
        .where('purge_runs.finished_at', 'is', null)
        .where('purge_runs.lease_until', '<', now),
    )
    .returning('day')
    .executeTakeFirst()
  return row !== undefined
}

/** Extends the lease while a long run goes on; false when another process took the day over. */
export async function renewPurgeLease(
  db: Db,
  day: string,
  startedAt: Date,
  until: Date,
): Promise<boolean> {
  const r = await db
    .updateTable('purge_runs')
    .set({ lease_until: until })
    .where('day', '=', day)
    .where('started_at', '=', startedAt)
    .where('finished_at', 'is', null)
    .executeTakeFirst()
  return Number(r.numUpdatedRows) === 1
}

export async function finishPurgeDay(
  db: Db,
  day: string,
  at: Date,
  counts: Record<string, number>,
): Promise<void> {
  await db
    .updateTable('purge_runs')
    .set({ finished_at: at, counts: JSON.stringify(counts) })
    .where('day', '=', day)
    .execute()
}

/** In the purge's transaction: the files to delete once it has committed. */
export async function queueFilesForDeletion(db: Db, fileIds: string[], at: Date): Promise<void> {
  if (fileIds.length === 0) return
  await db
    .insertInto('purge_pending_files')
    .values(fileIds.map((file_id) => ({ file_id, queued_at: at })))
    .onConflict((oc) => oc.column('file_id').doNothing())
    .execute()
}

export async function findPendingFiles(db: Db, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('purge_pending_files')
    .select('file_id')
    .orderBy('queued_at')
    .limit(limit)
    .execute()
  return rows.map((r) => r.file_id)
}

export async function forgetPendingFile(db: Db, fileId: string): Promise<void> {
  await db.deleteFrom('purge_pending_files').where('file_id', '=', fileId).execute()
}

/** The owner-run prune of the audit log's oldest rows (migration 202612051000); rows removed. */
export async function pruneAuditEvents(db: Db, cutoff: Date): Promise<number> {
  const r = await sql<{ n: number }>`select prune_audit_events(${cutoff}) as n`.execute(db)
  return Number(r.rows[0]?.n ?? 0)
}
