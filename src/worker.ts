import { bootDeps, closeDeps, startBackgroundJobs, type BackgroundJobs } from './boot.js'
import type { Config } from './config.js'
import type { Deps, DepsOverrides } from './deps.js'
import type { OutboxWorkerOptions } from './notifications/outbox-worker.js'

export type RunningWorker = {
  deps: Deps
  jobs: BackgroundJobs
  /** Stops the jobs (a batch in flight finishes), then closes the mailer and the database. */
  stop(reason: string): Promise<void>
}

/**
 * The outbox worker and the hourly job without the web server, on the same boot sequence as the
 * server (`npm run worker`, entry in worker-main.ts). Any number may run beside the servers: rows
 * are claimed with SKIP LOCKED and every housekeeping step is idempotent.
 */
export async function startWorker(
  config: Config,
  options: DepsOverrides & { outbox?: OutboxWorkerOptions } = {},
): Promise<RunningWorker> {
  const { deps } = await bootDeps(config, options)
  const jobs = startBackgroundJobs(deps, { outbox: options.outbox })
  deps.logger.info('outbox worker started', {
    database: deps.dbHandle.kind,
    mailer: deps.mailer.kind,
  })
  let stopping: Promise<void> | undefined
  const stop = (reason: string) =>
    (stopping ??= (async () => {
      deps.logger.info('stopping', { reason })
      await jobs.stop()
      await closeDeps(deps)
      deps.logger.info('stopped', { reason })
    })())
  return { deps, jobs, stop }
}
