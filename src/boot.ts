import type { Config } from './config.js'
import { migrateToLatest } from './db/migrate.js'
import { migrateAsOwner } from './db/migrate-as-owner.js'
import { describeDatabaseUrl, waitForDatabase } from './db/wait-for-database.js'
import { isDatabaseUnavailable } from './http/errors.js'
import { systemClock } from './clock.js'
import { createCalendar } from './calendar/calendar.service.js'
import { createFieldCrypto } from './crypto/field-encryption.js'
import { createEncryptedFileStore } from './uploads/encrypted-file-store.js'
import { fileKeyring } from './uploads/file-cipher.js'
import { createDbFromConfig } from './db/database.js'
import type { Deps, DepsOverrides } from './deps.js'
import { createLogger } from './logging/logger.js'
import { createMailer } from './notifications/mailer.js'
import { createSiteSettings } from './site/site-settings.service.js'
import { createFileStore } from './uploads/file-store-factory.js'
import { runDeadlineJobs } from './maintenance/deadline-jobs.js'
import { loadP12Signer } from './documents/signing/p12-signer.js'
import { recordEmailDelivery } from './service-of-documents/electronic-service.js'
import { runMaintenance, startMaintenance } from './maintenance/maintenance-job.js'
import {
  startOutboxWorker,
  type OutboxWorker,
  type OutboxWorkerOptions,
} from './notifications/outbox-worker.js'

export type Booted = { deps: Deps; migrationsApplied: string[] }

/**
 * The one start-up sequence of every process (server, worker, CLIs): config → deps → wait for
 * PostgreSQL (up to DB_STARTUP_WAIT_MS) → migrate →
 * site settings and calendar loaded. `Deps` exist only through here, so no process can hold an
 * unloaded calendar or settings: `npm run worker` once started without them and its hourly job
 * failed ("calendar not loaded yet") on every run.
 */
export async function bootDeps(config: Config, overrides: DepsOverrides = {}): Promise<Booted> {
  const deps = createDeps(config, overrides)
  try {
    if (deps.dbHandle.kind === 'postgres') {
      await waitForDatabase(deps.db, deps.logger, {
        maxWaitMs: config.dbStartupWaitMs,
        isTransient: isDatabaseUnavailable,
        target: describeDatabaseUrl(config.databaseUrl ?? ''),
      })
    }
    const { applied } = config.migrationDatabaseUrl
      ? await migrateAsOwner(deps.db, config.migrationDatabaseUrl, deps.logger)
      : await migrateToLatest(deps.db)
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
  const outboxWorker = startOutboxWorker(
    { ...deps, onSent: (trx, id, sentAt) => recordEmailDelivery(trx, deps, id, sentAt) },
    { leaseMs: deps.config.outboxLeaseMs, ...options.outbox },
  )
  const maintenance = startMaintenance(deps, deadlines, {
    firstRunMs: deps.config.hourlyJobFirstRunMs,
  })
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
  // Before the database opens: a bad certificate stops the start with nothing left open.
  const pdfSigner = config.pdfSigning ? loadP12Signer(config.pdfSigning) : undefined
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
    calendar: createCalendar(dbHandle.db, clock),
    fieldCrypto: createFieldCrypto(config.dataEncryptionKey),
    // every file sealed with its own key before it reaches the backend (security review F17)
    fileStore: createEncryptedFileStore(
      overrides.fileStore ?? createFileStore(config.fileStore, clock),
      fileKeyring(config.dataEncryptionKey),
    ),
    pdfSigner,
  }
}
