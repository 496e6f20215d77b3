import crypto from 'node:crypto'
import { createReadStream } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'

/**
 * What a backup directory holds (docs/decisions/082-backups.md): the database as a pg_dump custom
 * archive, every stored file under `files/<2 hex>/<id>`, and this manifest with the SHA-256 of each.
 */
export const MANIFEST_FILE = 'manifest.json'
export const DATABASE_FILE = 'database.dump'
export const MANIFEST_FORMAT = 'zhijian-backup/1'

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/)
const FileEntry = z.object({
  id: z.string().regex(/^[0-9a-f]{32}$/),
  size: z.number().int().min(0),
  sha256: Sha256,
})

export const ManifestSchema = z.object({
  format: z.literal(MANIFEST_FORMAT),
  createdAt: z.iso.datetime(),
  database: z.object({ file: z.literal(DATABASE_FILE), size: z.number().int(), sha256: Sha256 }),
  files: z.array(FileEntry),
})

export type Manifest = z.infer<typeof ManifestSchema>
export type FileEntry = z.infer<typeof FileEntry>

export const backupFilePath = (dir: string, id: string) =>
  path.join(dir, 'files', id.slice(0, 2), id)

export async function sha256OfFile(file: string): Promise<{ sha256: string; size: number }> {
  const hash = crypto.createHash('sha256')
  let size = 0
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    hash.update(chunk)
    size += chunk.length
  }
  return { sha256: hash.digest('hex'), size }
}

export async function readManifest(dir: string): Promise<Manifest> {
  const text = await fs.readFile(path.join(dir, MANIFEST_FILE), 'utf8')
  return ManifestSchema.parse(JSON.parse(text))
}

/** Every problem with the backup's bytes against its manifest; empty when all check. */
export async function checkBackup(dir: string, manifest: Manifest): Promise<string[]> {
  const problems: string[] = []
  const check = async (file: string, expected: { size: number; sha256: string }) => {
    const found = await sha256OfFile(file).catch(() => undefined)
    if (!found) problems.push(`${path.relative(dir, file)}: missing`)
    else if (found.sha256 !== expected.sha256 || found.size !== expected.size)
      problems.push(`${path.relative(dir, file)}: SHA-256 or size differs from the manifest`)
  }
  await check(path.join(dir, DATABASE_FILE), manifest.database)
  for (const f of manifest.files) await check(backupFilePath(dir, f.id), f)
  return problems
}
