import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { checkAuditChain } from '../../src/audit/audit-chain.repository.js'
import { insertAuditEvent } from '../../src/audit/audit.repository.js'
import { pruneAuditEvents } from '../../src/retention/purge-runs.repository.js'
import { bootDeps, closeDeps } from '../../src/boot.js'
import { createDb } from '../../src/db/database.js'
import { splitSqlStatements } from '../../src/db/sql-split.js'
import { createLogger } from '../../src/logging/logger.js'
import { adminUrl } from '../helpers/postgres-admin.js'
import { testConfig } from '../helpers/test-app.js'

/**
 * Issue 12 F16 on PostgreSQL: with docs/database-roles.sql and MIGRATION_DATABASE_URL, the
 * service's own role can append audit rows but can neither delete them nor switch off the trigger
 * (the review did both as the one role the README then used).
 */
const url = process.env.DATABASE_URL

describe.skipIf(!url)('the application role on PostgreSQL', () => {
  it('appends audit rows, cannot delete them or disable the trigger; only the prune removes old ones', async () => {
    const hex = crypto.randomBytes(4).toString('hex')
    const [dbName, owner, app] = [`zhijian_roles_${hex}`, `zjo_${hex}`, `zja_${hex}`]
    const admin = createDb({ databaseUrl: adminUrl(url!), poolSize: 1 })
    const at = (role: string | undefined, database: string) => {
      const u = new URL(url!)
      if (role) u.username = role
      u.password = ''
      u.pathname = `/${database}`
      return u.toString()
    }
    await sql.raw(`create database ${dbName}`).execute(admin.db)
    const superuser = createDb({ databaseUrl: at(undefined, dbName), poolSize: 1 })
    const script = (
      await fs.readFile(new URL('../../docs/database-roles.sql', import.meta.url), 'utf8')
    )
      .replaceAll('zhijian_owner', owner)
      .replaceAll('zhijian_app', app)
      .replaceAll('database zhijian', `database ${dbName}`)
    const config = await testConfig({
      DATABASE_URL: at(app, dbName),
      MIGRATION_DATABASE_URL: at(owner, dbName),
    })
    try {
      for (const statement of splitSqlStatements(script))
        await sql.raw(statement).execute(superuser.db)
      const { deps } = await bootDeps(config, { logger: createLogger('silent') })
      try {
        await insertAuditEvent(deps.db, {
          actor: { type: 'system' },
          action: 'maintenance.run' as never,
          object: { type: 'test' },
          result: 'success',
        })
        await expect(sql`delete from audit_events`.execute(deps.db)).rejects.toThrow(
          /permission denied/,
        )
        await expect(
          sql`alter table audit_events disable trigger audit_events_no_update_or_delete`.execute(
            deps.db,
          ),
        ).rejects.toThrow(/must be owner/)
        await expect(
          sql`update audit_chain_head set last_hash = 'x'`.execute(deps.db),
        ).rejects.toThrow(/permission denied/)
        // the flag that lets the retention prune delete opens nothing to the service's own role
        await expect(
          sql`select set_config('zhijian.audit_prune', 'on', false)`
            .execute(deps.db)
            .then(() => sql`delete from audit_events`.execute(deps.db)),
        ).rejects.toThrow(/permission denied/)
        await sql`select set_config('zhijian.audit_prune', 'off', false)`.execute(deps.db)
        // but the owner-run prune removes a prefix and keeps the chain checkable (decision 091)
        await insertAuditEvent(deps.db, {
          actor: { type: 'system' },
          action: 'maintenance.run' as never,
          object: { type: 'test' },
          result: 'success',
          at: new Date(Date.now() + 60_000),
        })
        expect(await pruneAuditEvents(deps.db, new Date(Date.now() + 30_000))).toBe(1)
        expect((await checkAuditChain(deps.db)).firstBrokenId).toBeNull()
        // ordinary tables stay writable by the service
        await sql`insert into rate_limits values ('t', 'k', now(), 1)`.execute(deps.db)
        const chain = await sql<{ n: string }>`
          select count(*)::text as n from audit_events where row_hash is not null`.execute(deps.db)
        expect(Number(chain.rows[0]!.n)).toBe(1) // one pruned, one kept
      } finally {
        await closeDeps(deps)
      }
    } finally {
      await superuser.close()
      await sql.raw(`drop database if exists ${dbName} with (force)`).execute(admin.db)
      await sql.raw(`drop role if exists ${app}`).execute(admin.db)
      await sql.raw(`drop role if exists ${owner}`).execute(admin.db)
      await admin.close()
      await fs.rm(config.dataDir, { recursive: true, force: true })
    }
  })
})
