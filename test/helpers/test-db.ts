import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import { sql } from 'kysely'
import { inject } from 'vitest'
import { createDb, openPGlite, type DbHandle } from '../../src/db/database.js'
import { withDatabase } from './global-setup.js'
import { adminUrl, dropDatabase, quoteIdent } from './postgres-admin.js'

export type TestDb = DbHandle & { url?: string }

/**
 * A database of this test's own, already migrated (or, with `empty`, not even that): a PGlite loaded from the run's template, or a
 * PostgreSQL database created from the template database and dropped again on close().
 */
export async function createTestDb(options: { empty?: boolean } = {}): Promise<TestDb> {
  const url = process.env.DATABASE_URL
  if (url) return createPostgresTestDb(url, options.empty ? 'template1' : inject('pgTemplateDb'))
  if (options.empty) return createDb({ pglite: openPGlite(undefined) })
  return createDb({ pglite: openPGlite(undefined, await pgliteTemplate()) })
}

/**
 * The run's migrated PGlite data directory as a tarball: `openPGlite(dir, tarball)` unpacks it into
 * a directory on disk in ~1 s, where creating and migrating one from scratch takes ~7 s.
 */
export async function pgliteTemplate(): Promise<Blob> {
  return new Blob([await fs.readFile(inject('pgliteTemplate'))])
}

async function createPostgresTestDb(url: string, template: string): Promise<TestDb> {
  const name = `zhijian_t_${crypto.randomBytes(6).toString('hex')}`
  const admin = createDb({ databaseUrl: adminUrl(url), poolSize: 1 })
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await sql
          .raw(`create database ${quoteIdent(name)} template ${quoteIdent(template)}`)
          .execute(admin.db)
        break
      } catch (err) {
        // 55006: the template is briefly in use by another worker's CREATE DATABASE.
        if ((err as { code?: string }).code !== '55006' || attempt > 20) throw err
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200))
      }
    }
  } finally {
    await admin.close()
  }
  const dbUrl = withDatabase(url, name)
  const handle = createDb({ databaseUrl: dbUrl, poolSize: 5 })
  return {
    ...handle,
    url: dbUrl,
    kind: 'postgres',
    close: async () => {
      await handle.close()
      await dropDatabase(url, name)
    },
  }
}
