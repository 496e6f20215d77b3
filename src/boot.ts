import type { Config } from './config.js'
import { migrateToLatest } from './db/migrate.js'
import { systemClock } from './clock.js'
import { createCalendar } from './calendar/calendar.service.js'
import { createFieldCrypto } from './crypto/field-encryption.js'
import { createDbFromConfig } from './db/database.js'
import type { Deps, DepsOverrides } from './deps.js'
import { createLogger } from './logging/logger.js'
import { createMailer } from './notifications/mailer.js'
import { createSiteSettings } from './site/site-settings.service.js'
import { createLocalFileStore, defaultFileStoreDir } from './uploads/file-store.js'
import { runDeadlineJobs } from './maintenance/deadline-jobs.js'
import { runMaintenance, startMaintenance } from './maintenance/maintenance-job.js'
import {
  startOutboxWorker,
  type OutboxWorker,
  type OutboxWorkerOptions,
} from './notifications/outbox-worker.js'

export type Booted = { deps: Deps; migrationsApplied: string[] }

/**
 * The one start-up sequence of every process (server, worker, CLIs): config → deps → migrate →
 * site settings and calendar loaded. `Deps` exist only through here, so no process can hold an
 * unloaded calendar or settings: `npm run worker` once started without them and its hourly job
 * failed ("calendar not loaded yet") on every run.
 */
export async function bootDeps(config: Config, overrides: DepsOverrides = {}): Promise<Booted> {
  const deps = createDeps(config, overrides)
  try {
    const { applied } = await migrateToLatest(deps.db)
    if (applied.length > 0) deps.logger.info('migrations applied', { applied })
    await Promise.all([deps.siteSettings.load(), deps.calendar.load()])
    return { deps, migrationsApplied: applied }
  } catch (err) {
    await closeDeps(deps).catch(() => {})
    throw err
  }
}

/** Releases what `bootDeps` opened: the mail transport, then the database. */
export async function closeDeps(deps: Deps): Promise<void> {
  await deps.mailer.close()
  await deps.dbHandle.close()
}

export type BackgroundJobs = {
  outboxWorker: OutboxWorker
  /** One run of the hourly job as the timer runs it: deadlines (补正 expiry, digest), housekeeping. */
  runHourlyNow(): ReturnType<typeof runMaintenance>
  /** Stops polling and the timers; waits for a batch or job in flight. */
  stop(): Promise<void>
}

export type BackgroundOptions = { outbox?: OutboxWorkerOptions }

/** The outbox worker and the hourly job, identical in the server and in `npm run worker`. */
export function startBackgroundJobs(deps: Deps, options: BackgroundOptions = {}): BackgroundJobs {
  const deadlines = () => runDeadlineJobs(deps)
  const outboxWorker = startOutboxWorker(deps, options.outbox)
  const maintenance = startMaintenance(deps, deadlines)
  return {
    outboxWorker,
    runHourlyNow: () => runMaintenance(deps, deadlines),
    async stop() {
      await Promise.all([outboxWorker.stop(), maintenance.stop()])
    },
  }
}

/** Not exported: deps whose settings and calendar are not yet loaded must not escape. */
function createDeps(config: Config, overrides: DepsOverrides = {}): Deps {
  const logger = overrides.logger ?? createLogger(config.logLevel)
  const clock = overrides.clock ?? systemClock
  const dbHandle = overrides.dbHandle ?? createDbFromConfig(config)
  return {
    config,
    db: dbHandle.db,
    dbHandle,
    clock,
    logger,
    mailer: overrides.mailer ?? createMailer(config),
    siteSettings: createSiteSettings(dbHandle.db, clock),
    calendar: createCalendar(dbHandle.db),
    fieldCrypto: createFieldCrypto(config.dataEncryptionKey),
    fileStore:
      overrides.fileStore ?? createLocalFileStore(defaultFileStoreDir(config.dataDir), { clock }),
  }
}
