import { sql } from 'kysely'
import type { Logger } from '../logging/logger.js'
import { createDb, type Db } from './database.js'
import { migrateToLatest } from './migrate.js'

/**
 * Migrations as the owner role, the service as the application role (docs/database-roles.md,
 * issue 12 F16). After migrating, the owner takes back what the default privileges gave the
 * application role on the audit tables: it may only read and append audit rows.
 */
export async function migrateAsOwner(
  appDb: Db,
  ownerUrl: string,
  logger: Logger,
): Promise<{ applied: string[] }> {
  const owner = createDb({ databaseUrl: ownerUrl, poolSize: 1 })
  try {
    const outcome = await migrateToLatest(owner.db)
    const app = await sql<{ name: string }>`select current_user as name`.execute(appDb)
    const ownerName = await sql<{ name: string }>`select current_user as name`.execute(owner.db)
    const appRole = app.rows[0]!.name
    if (appRole !== ownerName.rows[0]!.name) {
      const role = sql.id(appRole)
      await sql`revoke update, delete, truncate on audit_events from ${role}`.execute(owner.db)
      await sql`revoke insert, update, delete, truncate on audit_chain_head from ${role}`.execute(
        owner.db,
      )
      logger.info('audit tables: application role may only read and append', { role: appRole })
    }
    return outcome
  } finally {
    await owner.close()
  }
}
