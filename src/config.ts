import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { z } from 'zod'

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
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
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
  publicBaseUrl: string
  appSecret: string
  dataEncryptionKey: Buffer
  smtpUrl: string | undefined
  mailFrom: string
  logLevel: LogLevel
  trustProxy: boolean
  shutdownTimeoutMs: number
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
    if (missing.length > 0) throw new ConfigError(missing)
  }
  const dataDir = path.resolve(e.DATA_DIR)
  const dev = e.APP_SECRET && e.DATA_ENCRYPTION_KEY ? undefined : readOrCreateDevSecrets(dataDir)
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseUrl: e.DATABASE_URL,
    publicBaseUrl: (e.PUBLIC_BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    appSecret: e.APP_SECRET ?? dev!.appSecret,
    dataEncryptionKey: Buffer.from(e.DATA_ENCRYPTION_KEY ?? dev!.dataEncryptionKey, 'base64'),
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
  }
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
