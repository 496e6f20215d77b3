import { ConfigError, loadConfig } from './config.js'
import { migrateToLatest } from './db/migrate.js'
import { createDeps } from './deps.js'
import { startMaintenance } from './maintenance/maintenance-job.js'
import { runDeadlineJobs } from './maintenance/deadline-jobs.js'
import { startOutboxWorker } from './notifications/outbox-worker.js'

/**
 * `npm run worker`: the outbox worker and the housekeeping job alone, without the web server — for deployments that send
 * from separate processes. Any number may run beside the servers (rows are claimed with SKIP
 * LOCKED). With the embedded PGlite database only one process can open DATA_DIR, so run either
 * this or `npm start` there, not both.
 */
async function run(): Promise<void> {
  const config = loadConfig()
  const deps = createDeps(config)
  const { logger } = deps
  const migration = await migrateToLatest(deps.db)
  if (migration.applied.length > 0)
    logger.info('migrations applied', { applied: migration.applied })
  const worker = startOutboxWorker(deps)
  const maintenance = startMaintenance(deps, () => runDeadlineJobs(deps))
  logger.info('outbox worker started', { database: deps.dbHandle.kind, mailer: deps.mailer.kind })

  let stopping: Promise<void> | undefined
  const stop = (reason: string) =>
    (stopping ??= (async () => {
      logger.info('stopping', { reason })
      await Promise.all([worker.stop(), maintenance.stop()])
      await deps.mailer.close()
      await deps.dbHandle.close()
      logger.info('stopped', { reason })
    })())
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      stop(signal)
        .then(() => process.exit(0))
        .catch((err: unknown) => {
          logger.error('shutdown failed', { err })
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
