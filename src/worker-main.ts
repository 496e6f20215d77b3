import { ConfigError, loadConfig } from './config.js'
import { startWorker } from './worker.js'

/**
 * `npm run worker`. With the embedded PGlite database only one process can open DATA_DIR, so run
 * either this or `npm start` there, not both.
 */
async function run(): Promise<void> {
  const worker = await startWorker(loadConfig())
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      worker
        .stop(signal)
        .then(() => process.exit(0))
        .catch((err: unknown) => {
          worker.deps.logger.error('shutdown failed', { err })
          process.exit(1)
        })
    })
  }
}

run().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\n`)
  } else {
    process.stderr.write(`Start-up failed: ${err instanceof Error ? err.message : String(err)}\n`)
  }
  process.exit(1)
})
