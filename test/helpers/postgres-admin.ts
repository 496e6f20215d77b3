import { sql } from 'kysely'
import { createDb } from '../../src/db/database.js'

/** The maintenance database on the same server, for CREATE/DROP DATABASE. */
export function adminUrl(url: string): string {
  const u = new URL(url)
  u.pathname = '/postgres'
  return u.toString()
}

export function quoteIdent(name: string): string {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`unexpected database name ${name}`)
  return `"${name}"`
}

export async function dropDatabase(url: string, name: string): Promise<void> {
  const admin = createDb({ databaseUrl: adminUrl(url), poolSize: 1 })
  try {
    await sql.raw(`drop database if exists ${quoteIdent(name)} with (force)`).execute(admin.db)
  } finally {
    await admin.close()
  }
}
