import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runEntry } from '../helpers/child-process.js'
import { createTestDb, type TestDb } from '../helpers/test-db.js'

/**
 * `npm start` as a newcomer runs it: the real entry point in its own process. On PGlite by default;
 * when the suite runs against PostgreSQL the process gets a fresh database of its own on that server.
 */
let dataDir: string
let pgDb: TestDb | undefined
let env: Record<string, string>

beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'zhijian-proc-'))
  pgDb = process.env.DATABASE_URL ? await createTestDb({ empty: true }) : undefined
  env = {
    DATA_DIR: dataDir,
    PORT: '0',
    LOG_LEVEL: 'info',
    ...(pgDb?.url ? { DATABASE_URL: pgDb.url } : {}),
  }
})
afterAll(async () => {
  await pgDb?.close()
  await fs.rm(dataDir, { recursive: true, force: true })
})

async function startAndGetUrl(extraEnv: Record<string, string> = {}) {
  const proc = runEntry('src/main.ts', { ...env, ...extraEnv })
  const [, url] = await proc.waitFor(/"msg":"listening","url":"([^"]+)"/, 60_000)
  return { proc, url: url! }
}

describe('the service process', () => {
  it('migrates with npm run db:migrate, starts, prints the first admin password once, stops on SIGTERM and keeps its data', async () => {
    const migrate = runEntry('src/db/migrate-cli.ts', env)
    expect(await migrate.exited).toBe(0)
    expect(migrate.stdout()).toMatch(/Applied \d+ migration\(s\)/)
    const again = runEntry('src/db/migrate-cli.ts', env)
    expect(await again.exited).toBe(0)
    expect(again.stdout()).toContain('Database is up to date.')

    const first = await startAndGetUrl()
    const home = await fetch(first.url)
    expect(home.status).toBe(200)
    expect(await home.text()).toContain('平顶山市卫东区人民检察院')
    const password = /初始密码：(\S+)/.exec(first.proc.stdout())?.[1]
    expect(password).toMatch(/^\w{20}$/)
    // The password appears in the console block only, never inside a JSON log line.
    const logLines = first.proc
      .stdout()
      .split('\n')
      .filter((l) => l.startsWith('{'))
    expect(logLines.some((l) => l.includes(password!))).toBe(false)
    expect(logLines.every((l) => JSON.parse(l).time)).toBe(true)
    expect(first.proc.stdout()).not.toContain('migrations applied')

    first.proc.child.kill('SIGTERM')
    expect(await first.proc.exited).toBe(0)
    expect(first.proc.stdout()).toContain('"msg":"stopped","reason":"SIGTERM"')

    const second = await startAndGetUrl()
    expect(second.proc.stdout()).not.toContain('初始密码')
    second.proc.child.kill('SIGINT')
    expect(await second.proc.exited).toBe(0)
  }, 120_000)

  it('refuses to start in production without its secrets and names every missing one', async () => {
    const proc = runEntry('src/main.ts', { NODE_ENV: 'production', DATA_DIR: dataDir, PORT: '0' })
    expect(await proc.exited).toBe(1)
    for (const name of [
      'DATABASE_URL',
      'PUBLIC_BASE_URL',
      'APP_SECRET',
      'DATA_ENCRYPTION_KEY',
      'SMTP_URL',
    ]) {
      expect(proc.stderr()).toContain(`${name} is required in production`)
    }
  })
})
