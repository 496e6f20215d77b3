import { sql } from 'kysely'
import type { Db } from '../db/database.js'

/** True when the database holds no table at all: the only kind a backup is restored into. */
export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from information_schema.tables
    where table_schema not in ('pg_catalog', 'information_schema')`.execute(db)
  return rows[0]!.n === 0
}

/**
 * Moves every restored application's status_version by `offset` (decision 082). A process that
 * kept status pages before the restore keys them by (application, status_version); after the
 * move no restored version can equal one it saw, so no kept page from before is served again,
 * without a restart. The bump trigger would turn the update into +1, so it is off for this one
 * statement, inside one transaction (the restoring account owns the restored tables).
 */
export async function offsetStatusVersions(db: Db, offset: bigint): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`alter table applications disable trigger applications_status_version`.execute(trx)
    await sql`update applications set status_version = status_version + ${offset.toString()}::bigint`.execute(
      trx,
    )
    await sql`alter table applications enable trigger applications_status_version`.execute(trx)
  })
}
