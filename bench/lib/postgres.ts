import crypto from 'node:crypto'
import { sql } from 'kysely'
import { createDb } from '../../src/db/database.js'

/**
 * A throw-away database on a PostgreSQL server, created and dropped through the server's
 * maintenance database (`postgres`). Names are `<prefix>_<12 hex>`, so nothing else is touched.
 */
export type ScratchDatabase = { name: string; url: string }

function withPath(serverUrl: string, database: string): string {
  const u = new URL(serverUrl)
  u.pathname = `/${database}`
  return u.toString()
}

function quoteIdent(name: string): string {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`unexpected database name ${name}`)
  return `"${name}"`
}

async function onMaintenanceDb(serverUrl: string, statement: string): Promise<void> {
  const admin = createDb({ databaseUrl: withPath(serverUrl, 'postgres'), poolSize: 1 })
  try {
    await sql.raw(statement).execute(admin.db)
  } finally {
    await admin.close()
  }
}

export async function createScratchDatabase(
  serverUrl: string,
  prefix: string,
): Promise<ScratchDatabase> {
  const name = `${prefix}_${crypto.randomBytes(6).toString('hex')}`
  await onMaintenanceDb(serverUrl, `create database ${quoteIdent(name)}`)
  return { name, url: withPath(serverUrl, name) }
}

/** Drops it even while clients are still connected (`with (force)`, PostgreSQL 13+). */
export async function dropScratchDatabase(serverUrl: string, name: string): Promise<void> {
  await onMaintenanceDb(serverUrl, `drop database if exists ${quoteIdent(name)} with (force)`)
}
