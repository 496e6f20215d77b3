import { randomBytes } from 'node:crypto'
import { createReadStream } from 'node:fs'
import path from 'node:path'
import type { Db } from '../db/database.js'
import type { FileStore } from '../uploads/file-store.js'
import { isDatabaseEmpty, offsetStatusVersions } from './backup.repository.js'
import { backupFilePath, checkBackup, DATABASE_FILE, readManifest } from './manifest.js'
import { runPgTool } from './pg-tools.js'

export type RestoreOptions = { dir: string; databaseUrl: string; db: Db; fileStore: FileStore }

export class RestoreRefused extends Error {
  constructor(readonly problems: string[]) {
    super(`restore refused:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    this.name = 'RestoreRefused'
  }
}

/**
 * `npm run restore`: into an empty database and an empty store only, and only a backup whose every
 * byte matches its manifest — checked before anything is written. The database is restored in one
 * transaction; each file goes back under its own id and its SHA-256 is checked again on the way in.
 */
export async function restoreBackup(options: RestoreOptions): Promise<{ files: number }> {
  const manifest = await readManifest(options.dir)
  const problems = await checkBackup(options.dir, manifest)
  if (!(await isDatabaseEmpty(options.db)))
    problems.push('the target database is not empty (restore only into a new database)')
  if (!(await storeIsEmpty(options.fileStore)))
    problems.push('the target file store is not empty (restore only into a new store)')
  if (problems.length > 0) throw new RestoreRefused(problems)

  await runPgTool('pg_restore', options.databaseUrl, [
    '--no-owner',
    '--no-privileges',
    '--exit-on-error',
    '--single-transaction',
    path.join(options.dir, DATABASE_FILE),
  ])
  // 2^40 + a random 40-bit number: above any version a live service reaches, different each time
  await offsetStatusVersions(
    options.db,
    (1n << 40n) + BigInt(`0x${randomBytes(5).toString('hex')}`),
  )
  for (const f of manifest.files) {
    const source = createReadStream(backupFilePath(options.dir, f.id))
    const stored = await options.fileStore.putAs(f.id, source, { maxBytes: f.size })
    if (stored.sha256 !== f.sha256) throw new Error(`file ${f.id} changed while it was restored`)
  }
  return { files: manifest.files.length }
}

async function storeIsEmpty(store: FileStore): Promise<boolean> {
  for await (const _ of store.list()) return false
  return true
}
