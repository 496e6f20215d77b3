import { systemClock, type Clock } from './clock.js'
import type { Config } from './config.js'
import { createCalendar, type Calendar } from './calendar/calendar.service.js'
import { createFieldCrypto, type FieldCrypto } from './crypto/field-encryption.js'
import { createDbFromConfig, type DbHandle } from './db/database.js'
import { createLogger, type Logger } from './logging/logger.js'
import { createMailer, type Mailer } from './notifications/mailer.js'
import { createSiteSettings, type SiteSettings } from './site/site-settings.service.js'
import { createLocalFileStore, defaultFileStoreDir, type FileStore } from './uploads/file-store.js'

/** Everything the app needs from the outside world, built in one place. */
export type Deps = {
  config: Config
  db: DbHandle['db']
  dbHandle: DbHandle
  clock: Clock
  logger: Logger
  mailer: Mailer
  siteSettings: SiteSettings
  calendar: Calendar
  fieldCrypto: FieldCrypto
  fileStore: FileStore
}

export type DepsOverrides = Partial<Pick<Deps, 'clock' | 'logger' | 'mailer' | 'fileStore'>> & {
  dbHandle?: DbHandle
}

export function createDeps(config: Config, overrides: DepsOverrides = {}): Deps {
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
