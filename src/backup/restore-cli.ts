import path from 'node:path'
import { parseArgs } from 'node:util'
import { systemClock } from '../clock.js'
import { loadConfig } from '../config.js'
import { createDbFromConfig } from '../db/database.js'
import { createFileStore } from '../uploads/file-store-factory.js'
import { restoreBackup } from './restore.js'

/**
 * `npm run restore -- --from DIR`: a backup into the empty database of DATABASE_URL and the empty
 * store FILE_STORE names, with the same APP_SECRET and DATA_ENCRYPTION_KEY as when it was made.
 * Not through bootDeps, whose migrations would make the new database non-empty; the first start
 * afterwards applies any migration newer than the backup.
 */
async function run(): Promise<number> {
  const { values } = parseArgs({ options: { from: { type: 'string' } }, strict: true })
  if (!values.from) {
    process.stderr.write('用法 / Usage: npm run restore -- --from <备份目录 / backup dir>\n')
    return 2
  }
  const config = loadConfig()
  if (!config.databaseUrl) {
    process.stderr.write('恢复需要 PostgreSQL（DATABASE_URL）。 / Restore needs DATABASE_URL.\n')
    return 2
  }
  const handle = createDbFromConfig(config)
  try {
    const { files } = await restoreBackup({
      dir: path.resolve(values.from),
      databaseUrl: config.databaseUrl,
      db: handle.db,
      fileStore: createFileStore(config.fileStore, systemClock),
    })
    process.stdout.write(`恢复完成 / Restored: the database and ${files} files\n`)
    return 0
  } finally {
    await handle.close()
  }
}

run().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`恢复失败 / Restore failed: ${err instanceof Error ? err.message : err}\n`)
    process.exit(1)
  },
)
