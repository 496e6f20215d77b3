import crypto from 'node:crypto'
import { createWriteStream } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { FileStore } from '../uploads/file-store.js'
import {
  backupFilePath,
  DATABASE_FILE,
  MANIFEST_FILE,
  MANIFEST_FORMAT,
  sha256OfFile,
  type FileEntry,
  type Manifest,
} from './manifest.js'
import { runPgTool } from './pg-tools.js'

export type BackupOptions = { databaseUrl: string; fileStore: FileStore; dir: string; now: Date }

/**
 * `npm run backup`: the database first, then the files. A file is stored before the row naming it
 * commits and removed only after that row is gone, so every file a dumped row names is already
 * there when the files are copied; files added during the copy are orphans the hourly sweep
 * removes after a restore. The manifest is written last: a directory without one is unfinished.
 */
export async function createBackup(options: BackupOptions): Promise<Manifest> {
  const { dir } = options
  await fs.mkdir(dir, { recursive: true, mode: 0o700 })
  if ((await fs.readdir(dir)).length > 0) throw new Error(`${dir} is not empty`)
  const dump = path.join(dir, DATABASE_FILE)
  await runPgTool('pg_dump', options.databaseUrl, [
    '--format=custom',
    '--no-owner',
    '--no-privileges',
    `--file=${dump}`,
  ])
  await fs.chmod(dump, 0o600)
  const database = { file: DATABASE_FILE, ...(await sha256OfFile(dump)) } as const
  const files: FileEntry[] = []
  for await (const { id } of options.fileStore.list()) {
    const entry = await copyOut(options.fileStore, id, dir)
    if (entry) files.push(entry)
  }
  const manifest: Manifest = {
    format: MANIFEST_FORMAT,
    createdAt: options.now.toISOString(),
    database,
    files,
  }
  await fs.writeFile(path.join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 1)}\n`, {
    mode: 0o600,
  })
  return manifest
}

/** One stored file into the backup, hashed on the way; undefined if it was removed meanwhile. */
async function copyOut(store: FileStore, id: string, dir: string): Promise<FileEntry | undefined> {
  const target = backupFilePath(dir, id)
  await fs.mkdir(path.dirname(target), { recursive: true, mode: 0o700 })
  const hash = crypto.createHash('sha256')
  let size = 0
  const hashing = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk)
      size += chunk.length
      done(null, chunk)
    },
  })
  try {
    await pipeline(store.open(id), hashing, createWriteStream(target, { mode: 0o600 }))
  } catch (err) {
    await fs.rm(target, { force: true })
    if ((err as { code?: string }).code === 'file_not_found') return undefined
    throw err
  }
  return { id, size, sha256: hash.digest('hex') }
}
