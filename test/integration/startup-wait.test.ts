import net from 'node:net'
import fs from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { bootDeps, closeDeps } from '../../src/boot.js'
import { DatabaseNotReachable } from '../../src/db/wait-for-database.js'
import { createLogger } from '../../src/logging/logger.js'
import { testConfig } from '../helpers/test-app.js'
import { createTestDb } from '../helpers/test-db.js'

/** Reliability review §3c: start-up with PostgreSQL down waits for it instead of exiting at once. */

function capture() {
  const lines: Record<string, unknown>[] = []
  const waits: (() => void)[] = []
  const logger = createLogger('debug', (line) => {
    const parsed = JSON.parse(line) as Record<string, unknown>
    lines.push(parsed)
    if (String(parsed.msg).includes('waiting for the database')) waits.splice(0).forEach((w) => w())
  })
  const firstWait = () => new Promise<void>((resolve) => waits.push(resolve))
  return { lines, logger, firstWait }
}

const waitLines = (lines: Record<string, unknown>[]) =>
  lines.filter((l) => l.msg === '正在等待数据库启动 / waiting for the database')

describe('start-up with the database down', () => {
  it('retries with backoff, says so in Chinese and English, then gives up with a clear message', async () => {
    // Nothing listens on port 1: every connection is refused, as while PostgreSQL is stopped.
    const config = await testConfig({
      DATABASE_URL: 'postgres://zhijian:s3cret-pw@127.0.0.1:1/zhijian',
      DB_STARTUP_WAIT_MS: '1200',
    })
    const { lines, logger } = capture()
    try {
      const boot = bootDeps(config, { logger })
      await expect(boot).rejects.toBeInstanceOf(DatabaseNotReachable)
      await expect(boot).rejects.toThrow(
        /数据库 127\.0\.0\.1:1\/zhijian .*仍无法连接.*still unreachable/,
      )
    } finally {
      await fs.rm(config.dataDir, { recursive: true, force: true })
    }
    const waits = waitLines(lines)
    expect(waits.length).toBeGreaterThanOrEqual(2)
    expect(waits[0]).toMatchObject({ target: '127.0.0.1:1/zhijian', attempt: 1, retryInMs: 500 })
    expect(waits[1]).toMatchObject({ attempt: 2 })
    expect(JSON.stringify(lines)).not.toContain('s3cret-pw')
  })

  it.skipIf(!process.env.DATABASE_URL)(
    'starts as soon as PostgreSQL accepts connections',
    async () => {
      const db = await createTestDb()
      const real = new URL(db.url!)
      // A port that refuses connections until the proxy to the real server starts listening on it.
      const port = await freePort()
      const proxy = net.createServer((client) => {
        const upstream = net.connect(Number(real.port || 5432), real.hostname)
        client.pipe(upstream).pipe(client)
        client.on('error', () => upstream.destroy())
        upstream.on('error', () => client.destroy())
      })
      const viaProxy = new URL(db.url!)
      viaProxy.port = String(port)
      viaProxy.hostname = '127.0.0.1'
      const config = await testConfig({ DATABASE_URL: viaProxy.toString() })
      const { lines, logger, firstWait } = capture()
      try {
        const boot = bootDeps(config, { logger })
        await firstWait()
        await new Promise<void>((resolve) => proxy.listen(port, '127.0.0.1', resolve))
        const { deps } = await boot
        await closeDeps(deps)
      } finally {
        proxy.close()
        await db.close()
        await fs.rm(config.dataDir, { recursive: true, force: true })
      }
      expect(waitLines(lines).length).toBeGreaterThanOrEqual(1)
      expect(lines.some((l) => l.msg === '数据库已可连接 / database reachable')).toBe(true)
    },
  )
})

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo
      s.close(() => resolve(port))
    })
  })
}
