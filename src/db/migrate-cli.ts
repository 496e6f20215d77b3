import { bootDeps, closeDeps } from '../boot.js'
import { ConfigError, loadConfig } from '../config.js'
import { createLogger } from '../logging/logger.js'

/** `npm run db:migrate`: the same migrations the server applies at start, on their own. */
async function run(): Promise<void> {
  // The boot sequence every process shares; this command reports its migrations itself, so the
  // logger only speaks for warnings.
  const { deps, migrationsApplied: applied } = await bootDeps(loadConfig(), {
    logger: createLogger('warn'),
  })
  await closeDeps(deps)
  process.stdout.write(
    applied.length > 0
      ? `Applied ${applied.length} migration(s):\n  ${applied.join('\n  ')}\n`
      : 'Database is up to date.\n',
  )
}

run().catch((err: unknown) => {
  process.stderr.write(
    `${err instanceof ConfigError ? err.message : `Migration failed: ${(err as Error).message}`}\n`,
  )
  process.exit(1)
})
