import path from 'node:path'
import { parseArgs } from 'node:util'
import { systemClock } from '../clock.js'
import { loadConfig } from '../config.js'
import { createFileStore } from '../uploads/file-store-factory.js'
import { createBackup } from './backup.js'

/**
 * `npm run backup -- [--out DIR]`: pg_dump (custom format) of DATABASE_URL, every file of the
 * configured store, and a manifest of their SHA-256s, into DIR (default
 * ./backups/zhijian-<UTC time>). Not through bootDeps: a backup must not migrate the database it
 * copies. The secrets (APP_SECRET, DATA_ENCRYPTION_KEY) are not in it: keep them apart.
 */
async function run(): Promise<number> {
  const { values } = parseArgs({ options: { out: { type: 'string' } }, strict: true })
  const config = loadConfig()
  if (!config.databaseUrl) {
    process.stderr.write(
      '备份需要 PostgreSQL（DATABASE_URL）。 / Backup needs PostgreSQL (DATABASE_URL); ' +
        'with the embedded PGlite, stop the server and copy DATA_DIR instead.\n',
    )
    return 2
  }
  const now = systemClock.now()
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, 'Z')
  const dir = path.resolve(values.out ?? path.join('backups', `zhijian-${stamp}`))
  const manifest = await createBackup({
    databaseUrl: config.databaseUrl,
    fileStore: createFileStore(config.fileStore, systemClock),
    dir,
    now,
  })
  const bytes = manifest.files.reduce((sum, f) => sum + f.size, 0)
  process.stdout.write(
    `备份完成 / Backup written: ${dir}\n` +
      `  database.dump ${manifest.database.size} bytes, ${manifest.files.length} files, ${bytes} bytes\n`,
  )
  return 0
}

run().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`备份失败 / Backup failed: ${err instanceof Error ? err.message : err}\n`)
    process.exit(1)
  },
)
