import { sql } from 'kysely'
import type { Db } from '../db/database.js'

/**
 * The snapshot the current transaction reads in, as text (`xmin:xmax:xip,…`). In a repeatable-read
 * transaction every later query reads in this same snapshot.
 */
export async function currentSnapshot(db: Db): Promise<string> {
  const { rows } = await sql<{ s: string }>`select pg_current_snapshot()::text as s`.execute(db)
  return rows[0]!.s
}

/**
 * Whether a transaction that wrote to a table the figures read has committed since `snapshot` was
 * taken: its row in stats_changes is visible now but its transaction was not visible in the snapshot.
 * Rows below the snapshot's xmin were all finished before it, so only the newer ones are checked.
 */
export async function changedSince(db: Db, snapshot: string): Promise<boolean> {
  const { rows } = await sql<{ changed: boolean }>`
    select exists (
      select 1 from stats_changes
      where xid >= pg_snapshot_xmin(${snapshot}::pg_snapshot)
        and not pg_visible_in_snapshot(xid, ${snapshot}::pg_snapshot)
    ) as changed`.execute(db)
  return rows[0]!.changed
}

/** Runs `read` in one repeatable-read, read-only transaction and returns its snapshot with it. */
export async function inOneSnapshot<T>(
  db: Db,
  read: (trx: Db) => Promise<T>,
): Promise<{ snapshot: string; value: T }> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      await sql`set transaction read only`.execute(trx)
      // One statement counts every figure (figureValues): its summed cost passes jit_above_cost and
      // PostgreSQL would spend longer compiling the plan than running it. PGlite accepts and ignores it.
      await sql`set local jit = off`.execute(trx)
      const snapshot = await currentSnapshot(trx)
      return { snapshot, value: await read(trx) }
    })
}
