import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import { serve } from '@hono/node-server'
import { createApp, type App } from './app.js'
import type { Config } from './config.js'
import { bootDeps, closeDeps, startBackgroundJobs, type BackgroundJobs } from './boot.js'
import type { Deps, DepsOverrides } from './deps.js'
import type { OutboxWorker, OutboxWorkerOptions } from './notifications/outbox-worker.js'
import { loadPdfFonts } from '../views/documents/kit/fonts.js'
import { bootstrapAdmin, type BootstrapResult } from './staff/bootstrap-admin.js'

export type RunningServer = {
  url: string
  port: number
  deps: Deps
  app: App
  bootstrap: BootstrapResult
  outboxWorker: OutboxWorker
  jobs: BackgroundJobs
  /**
   * Stop the outbox worker and stop accepting; let in-flight requests (up to the timeout) and the
   * worker's batch finish, then close the database.
   */
  shutdown(reason?: string): Promise<void>
}

export type StartOptions = DepsOverrides & {
  /** lets a test add a route (e.g. a slow one) before the server starts listening */
  extendApp?: (app: App) => void
  /** e.g. a shorter poll interval in tests */
  outbox?: OutboxWorkerOptions
}

/** Start-up order: boot (deps, migrate, settings, calendar) → first admin → listen → background jobs. */
export async function startServer(
  config: Config,
  options: StartOptions = {},
): Promise<RunningServer> {
  const { deps } = await bootDeps(config, options)
  const { logger } = deps
  // The CJK font is parsed once, at start, not on the first applicant's receipt (≈ 0.5 s).
  loadPdfFonts()
  const bootstrap = await bootstrapAdmin(deps.db)

  const app = createApp(deps)
  options.extendApp?.(app)
  const server = await listen(app, config)
  const port = (server.address() as AddressInfo).port
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`
  logger.info('listening', { url, database: deps.dbHandle.kind })
  const jobs = startBackgroundJobs(deps, { outbox: options.outbox })

  let stopping: Promise<void> | undefined
  const shutdown = (reason = 'shutdown') =>
    (stopping ??= (async () => {
      logger.info('stopping', { reason })
      // The worker stops polling first; a batch in flight finishes while requests drain, and both
      // are done before the database closes under them.
      const jobsStopped = jobs.stop()
      await closeServer(server, config.shutdownTimeoutMs)
      await jobsStopped
      await closeDeps(deps)
      logger.info('stopped', { reason })
    })())

  return { url, port, deps, app, bootstrap, outboxWorker: jobs.outboxWorker, jobs, shutdown }
}

function listen(app: App, config: Config): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }) as Server
    server.once('listening', () => resolve(server))
    server.once('error', reject)
  })
}

/**
 * `close()` stops accepting; idle keep-alive sockets are closed at once and re-checked while busy
 * ones finish their response. After the timeout the rest are cut so the process can exit.
 */
function closeServer(server: Server, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const sweep = setInterval(() => server.closeIdleConnections(), 50)
    const deadline = setTimeout(() => server.closeAllConnections(), timeoutMs)
    server.close(() => {
      clearInterval(sweep)
      clearTimeout(deadline)
      resolve()
    })
    server.closeIdleConnections()
  })
}
