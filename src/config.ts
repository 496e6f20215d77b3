import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import {
  fileStoreConfigOf,
  fileStoreProblems,
  FileStoreEnvSchema,
  type FileStoreConfig,
} from './uploads/file-store-config.js'

/**
 * The only reader of process.env. Everything is checked once at start; a bad or missing setting stops
 * the service with every problem listed, never with the first one only.
 */

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional()

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().trim().min(1).default('./data'),
  DATABASE_URL: optionalText.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
      .optional(),
  ),
  /** the owner role's connection string, for migrations only (docs/database-roles.md) */
  MIGRATION_DATABASE_URL: optionalText.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
      .optional(),
  ),
  PUBLIC_BASE_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  APP_SECRET: optionalText.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
  DATA_ENCRYPTION_KEY: optionalText.pipe(
    z
      .string()
      .refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 bytes, base64-encoded')
      .optional(),
  ),
  SMTP_URL: optionalText.pipe(
    z
      .string()
      .regex(/^smtps?:\/\//, 'must be smtp:// or smtps://')
      .optional(),
  ),
  MAIL_FROM: z.string().trim().min(3).default('执监通 <no-reply@localhost>'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  TRUST_PROXY: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  /** how many proxies in front each append to X-Forwarded-For (nginx alone: 1) */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(1).max(10).default(1),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
  // PDF signature of issued documents (docs/decisions/043-seal-and-pdf-signature.md): both or neither
  PDF_SIGNING_P12_PATH: optionalText,
  PDF_SIGNING_P12_PASSPHRASE: z
    .string()
    .optional()
    .transform((v) => (v === '' ? undefined : v)),
  /** a streamed upload that sends no byte for this long is stopped (reliability review §5) */
  UPLOAD_IDLE_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(30_000),
  UPLOAD_MIN_BYTES_PER_SECOND: z.coerce.number().int().min(0).max(10_000_000).default(1024),
  /** how long a claimed outgoing email is reserved for one worker (it must exceed a send's worst case) */
  OUTBOX_LEASE_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(120_000),
  /** the hourly job's first run, this long after start (then every hour, once per clock hour) */
  HOURLY_JOB_FIRST_RUN_MS: z.coerce.number().int().min(0).max(3_600_000).default(60_000),
  /** start-up waits this long for PostgreSQL to accept connections (0: no waiting) */
  DB_STARTUP_WAIT_MS: z.coerce.number().int().min(0).max(3_600_000).default(120_000),
  EXCHANGE_MAX_ROWS: z.coerce.number().int().min(10).max(5_000_000).default(500_000),
  /** the staff digest goes on the hourly job's first run from this Beijing hour (before the work day) */
  DIGEST_FROM_HOUR: z.coerce.number().int().min(0).max(23).default(7),
  ...FileStoreEnvSchema.shape,
})

/** Settings a production deployment must give explicitly; development generates or defaults them. */
const REQUIRED_IN_PRODUCTION = {
  DATABASE_URL:
    'PostgreSQL connection string (the embedded PGlite database is for one process only)',
  PUBLIC_BASE_URL: 'the public https:// address printed on receipts and in emails',
  APP_SECRET: 'random secret of at least 32 characters (signs tokens and receipts)',
  DATA_ENCRYPTION_KEY: '32 random bytes, base64 (encrypts ID and phone numbers at rest)',
  SMTP_URL: 'SMTP server for outgoing mail, e.g. smtp://user:pass@mail.example:587',
} as const

export type LogLevel = z.infer<typeof EnvSchema>['LOG_LEVEL']

export type Config = {
  env: 'development' | 'test' | 'production'
  port: number
  host: string
  /** absolute path */
  dataDir: string
  databaseUrl: string | undefined
  /** set: migrations run as this (owner) role, the service as DATABASE_URL's role */
  migrationDatabaseUrl: string | undefined
  publicBaseUrl: string
  appSecret: string
  dataEncryptionKey: Buffer
  smtpUrl: string | undefined
  mailFrom: string
  logLevel: LogLevel
  trustProxy: boolean
  /** with trustProxy: the client is the address the outermost of these proxies appended */
  trustProxyHops: number
  shutdownTimeoutMs: number
  /**
   * A PKCS#12 certificate that signs every issued PDF; undefined: documents are not signed. The
   * passphrase is behind a function so that printing or serialising the config never shows it.
   */
  pdfSigning: { p12Path: string; readPassphrase(): string } | undefined
  /** data rows one court exchange file may hold over all its sheets (decision 032) */
  exchangeMaxRows: number
  /** a streamed upload body idle this long is answered 408 and its partial file removed */
  uploadIdleTimeoutMs: number
  /** average upload speed below which, after the idle limit's worth of waiting, an upload is cut */
  uploadMinBytesPerSecond: number
  /** where uploaded and generated files live: DATA_DIR/files or an S3-compatible bucket */
  fileStore: FileStoreConfig
  /** lease of a claimed outbox row; a worker killed mid-send delays that one message this long */
  outboxLeaseMs: number
  hourlyJobFirstRunMs: number
  /** how long start-up retries a PostgreSQL that is down or starting before it gives up */
  dbStartupWaitMs: number
  /** Beijing hour from which the hourly job sends the staff digest (DIGEST_FROM_HOUR) */
  digestFromHour: number
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    this.name = 'ConfigError'
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env)
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `${i.path.join('.') || '(environment)'}: ${i.message}`),
    )
  }
  const e = parsed.data
  if (e.NODE_ENV === 'production') {
    const missing = Object.entries(REQUIRED_IN_PRODUCTION)
      .filter(([name]) => e[name as keyof typeof REQUIRED_IN_PRODUCTION] === undefined)
      .map(([name, why]) => `${name} is required in production: ${why}`)
    // Without https the cookies lose Secure and the browser gets no HSTS (ASVS 3.4.1, 9.1.1).
    if (e.PUBLIC_BASE_URL?.startsWith('http://'))
      missing.push('PUBLIC_BASE_URL must be an https:// address in production')
    if (missing.length > 0) throw new ConfigError(missing)
  }
  const storeProblems = fileStoreProblems(e, e.NODE_ENV === 'production')
  if (storeProblems.length > 0) throw new ConfigError(storeProblems)
  if ((e.PDF_SIGNING_P12_PATH === undefined) !== (e.PDF_SIGNING_P12_PASSPHRASE === undefined)) {
    throw new ConfigError([
      'PDF_SIGNING_P12_PATH and PDF_SIGNING_P12_PASSPHRASE: give both (to sign issued PDFs) or neither',
    ])
  }
  const dataDir = path.resolve(e.DATA_DIR)
  const dev = e.APP_SECRET && e.DATA_ENCRYPTION_KEY ? undefined : readOrCreateDevSecrets(dataDir)
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseUrl: e.DATABASE_URL,
    migrationDatabaseUrl: e.DATABASE_URL ? e.MIGRATION_DATABASE_URL : undefined,
    publicBaseUrl: (e.PUBLIC_BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    appSecret: e.APP_SECRET ?? dev!.appSecret,
    dataEncryptionKey: Buffer.from(e.DATA_ENCRYPTION_KEY ?? dev!.dataEncryptionKey, 'base64'),
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    trustProxyHops: e.TRUST_PROXY_HOPS,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    pdfSigning: pdfSigningOf(e.PDF_SIGNING_P12_PATH, e.PDF_SIGNING_P12_PASSPHRASE),
    exchangeMaxRows: e.EXCHANGE_MAX_ROWS,
    uploadIdleTimeoutMs: e.UPLOAD_IDLE_TIMEOUT_MS,
    uploadMinBytesPerSecond: e.UPLOAD_MIN_BYTES_PER_SECOND,
    fileStore: fileStoreConfigOf(e, dataDir),
    outboxLeaseMs: e.OUTBOX_LEASE_MS,
    hourlyJobFirstRunMs: e.HOURLY_JOB_FIRST_RUN_MS,
    dbStartupWaitMs: e.DB_STARTUP_WAIT_MS,
    digestFromHour: e.DIGEST_FROM_HOUR,
  }
}

function pdfSigningOf(p12Path: string | undefined, passphrase: string | undefined) {
  if (p12Path === undefined || passphrase === undefined) return undefined
  return { p12Path: path.resolve(p12Path), readPassphrase: () => passphrase }
}

type DevSecrets = { appSecret: string; dataEncryptionKey: string }

/**
 * Outside production the secrets are generated once and kept under DATA_DIR, so a restart can still
 * verify receipts and decrypt what it stored. Never used in production (loadConfig refuses first).
 */
function readOrCreateDevSecrets(dataDir: string): DevSecrets {
  const file = path.join(dataDir, 'dev-secrets.json')
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as DevSecrets
  fs.mkdirSync(dataDir, { recursive: true })
  const secrets: DevSecrets = {
    appSecret: crypto.randomBytes(32).toString('base64url'),
    dataEncryptionKey: crypto.randomBytes(32).toString('base64'),
  }
  try {
    fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600, flag: 'wx' })
  } catch (err) {
    // Another process (a second server, the migration CLI) wrote them first: use theirs.
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return readOrCreateDevSecrets(dataDir)
    throw err
  }
  return secrets
}
