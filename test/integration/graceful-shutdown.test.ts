import http from 'node:http'
import { describe, expect, it } from 'vitest'
import { pingDb } from '../../src/db/database.js'
import { createLogger } from '../../src/logging/logger.js'
import { startServer } from '../../src/server.js'
import { testConfig } from '../helpers/test-app.js'
import { createTestDb } from '../helpers/test-db.js'

function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, (res) => {
        let body = ''
        res.on('data', (chunk: Buffer) => (body += chunk.toString()))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
      })
      .on('error', reject)
  })
}

describe('graceful shutdown', () => {
  it('finishes the request in flight, refuses new connections, then closes the database', async () => {
    const db = await createTestDb()
    const config = await testConfig({ PORT: '0', SHUTDOWN_TIMEOUT_MS: '5000' })
    let release!: () => void
    const gate = new Promise<void>((r) => (release = r))
    let entered!: () => void
    const inside = new Promise<void>((r) => (entered = r))
    const server = await startServer(config, {
      dbHandle: db,
      logger: createLogger('silent'),
      extendApp: (app) =>
        app.get('/test/slow', async (c) => {
          entered()
          await gate
          return c.text('finished')
        }),
    })
    const slow = get(`${server.url}/test/slow`)
    await inside
    const stopping = server.shutdown('test')
    await new Promise((r) => setTimeout(r, 100))
    await expect(get(`${server.url}/healthz`)).rejects.toMatchObject({ code: 'ECONNREFUSED' })
    release()
    expect(await slow).toEqual({ status: 200, body: 'finished' })
    await stopping
    expect(await pingDb(db.db, 500)).toBe(false)
    if (db.kind === 'postgres') await db.close().catch(() => {})
  })
})
