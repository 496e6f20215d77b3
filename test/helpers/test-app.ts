import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { createApp, type App } from '../../src/app.js'
import { fixedClock } from '../../src/clock.js'
import { loadConfig, type Config } from '../../src/config.js'
import { bootDeps } from '../../src/boot.js'
import type { Deps } from '../../src/deps.js'
import { createLogger } from '../../src/logging/logger.js'
import { createTestDb, type TestDb } from './test-db.js'

export const TEST_SECRETS = {
  APP_SECRET: 'test-app-secret-that-is-long-enough-0123456789',
  DATA_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
}

export type TestApp = {
  app: App
  deps: Deps
  db: TestDb
  clock: ReturnType<typeof fixedClock>
  config: Config
  /** every JSON log line the app wrote, parsed */
  logs: Record<string, unknown>[]
  close(): Promise<void>
}

export async function testConfig(env: Record<string, string> = {}): Promise<Config> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'zhijian-test-'))
  return loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'debug',
    ...TEST_SECRETS,
    ...env,
  })
}

/**
 * The real app on a real database of its own; logs are captured instead of printed. `config`
 * overrides the checked configuration, e.g. `{ env: 'production' }` to test production-only rules
 * without a production deployment's required settings.
 */
export async function createTestApp(
  options: { now?: Date; db?: TestDb; config?: Partial<Config> } = {},
): Promise<TestApp> {
  const config = { ...(await testConfig()), ...options.config }
  const db = options.db ?? (await createTestDb())
  const clock = fixedClock(options.now ?? new Date('2026-11-26T02:00:00Z'))
  const logs: Record<string, unknown>[] = []
  const logger = createLogger('debug', (line) =>
    logs.push(JSON.parse(line) as Record<string, unknown>),
  )
  const { deps } = await bootDeps(config, { dbHandle: db, clock, logger })
  const app = createApp(deps)
  return {
    app,
    deps,
    db,
    clock,
    config,
    logs,
    close: async () => {
      await db.close()
      await fs.rm(config.dataDir, { recursive: true, force: true })
    },
  }
}
