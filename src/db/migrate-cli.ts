import { ConfigError, loadConfig } from '../config.js'
import { createDbFromConfig } from './database.js'
import { migrateToLatest } from './migrate.js'

/** `npm run db:migrate`: the same migrations the server applies at start, on their own. */
async function run(): Promise<void> {
  const config = loadConfig()
  const handle = createDbFromConfig(config)
  try {
    const { applied } = await migrateToLatest(handle.db)
    process.stdout.write(
      applied.length > 0
        ? `Applied ${applied.length} migration(s):\n  ${applied.join('\n  ')}\n`
        : 'Database is up to date.\n',
    )
  } finally {
    await handle.close()
  }
}

run().catch((err: unknown) => {
  process.stderr.write(
    `${err instanceof ConfigError ? err.message : `Migration failed: ${(err as Error).message}`}\n`,
  )
  process.exit(1)
})
