import type { Clock } from './clock.js'
import type { Config } from './config.js'
import type { Calendar } from './calendar/calendar.service.js'
import type { FieldCrypto } from './crypto/field-encryption.js'
import type { DbHandle } from './db/database.js'
import type { Logger } from './logging/logger.js'
import type { Mailer } from './notifications/mailer.js'
import type { SiteSettings } from './site/site-settings.service.js'
import type { FileStore } from './uploads/file-store.js'
import type { PdfSigner } from './documents/signing/pdf-signer.js'

/** Everything the app needs from the outside world, built in one place: `bootDeps` (src/boot.ts). */
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
  /** signs every issued PDF when a certificate is configured (src/documents/signing) */
  pdfSigner: PdfSigner | undefined
}

export type DepsOverrides = Partial<Pick<Deps, 'clock' | 'logger' | 'mailer' | 'fileStore'>> & {
  dbHandle?: DbHandle
}
