import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLogger } from '../../src/logging/logger.js'
import { startServer, type RunningServer } from '../../src/server.js'
import { testConfig } from '../helpers/test-app.js'
import { createTestDb } from '../helpers/test-db.js'

/**
 * Under @hono/node-server the base headers go onto Node's response object, under app.request()
 * through the context (src/http/base-headers.ts). Both doors must give the same headers.
 */
let server: RunningServer
beforeAll(async () => {
  const config = await testConfig({ PORT: '0' })
  server = await startServer(config, {
    dbHandle: await createTestDb(),
    logger: createLogger('silent'),
  })
})
afterAll(() => server.shutdown())

const SECURITY = [
  'content-security-policy',
  'cross-origin-opener-policy',
  'referrer-policy',
  'x-content-type-options',
  'x-frame-options',
  'permissions-policy',
]

describe('headers over real HTTP', () => {
  it.each([
    ['/', 200, 'private, no-cache'],
    ['/guide', 200, 'private, no-cache'],
    ['/no/such/page', 404, 'no-store'],
    ['/readyz', 200, 'no-store'],
  ])(
    '%s: same security headers as through app.request, route Cache-Control wins',
    async (path, status, cache) => {
      const real = await fetch(`${server.url}${path}`)
      const direct = await server.app.request(path)
      expect(real.status).toBe(status)
      for (const name of SECURITY) {
        expect(real.headers.get(name), name).toBeTruthy()
        expect(real.headers.get(name), name).toBe(direct.headers.get(name))
      }
      expect(real.headers.get('cache-control')).toBe(cache)
      expect(direct.headers.get('cache-control')).toBe(cache)
      expect(real.headers.get('x-request-id')).toMatch(/^[\w-]{36}$/)
      expect(real.headers.getSetCookie()).toEqual([])
    },
  )

  it('sends each header once', async () => {
    const res = await fetch(`${server.url}/`)
    expect(res.headers.get('cache-control')).not.toContain(',no-store')
    expect(res.headers.get('content-type')).toBe('text/html; charset=UTF-8')
  })
})
