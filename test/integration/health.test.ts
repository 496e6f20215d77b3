import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../src/app.js'
import { createDb } from '../../src/db/database.js'
import { createCalendar } from '../../src/calendar/calendar.service.js'
import { createSiteSettings } from '../../src/site/site-settings.service.js'
import { createLogger } from '../../src/logging/logger.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'

describe('health probes', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp()
  })
  afterAll(() => t.close().catch(() => {}))

  it('answers /healthz and /readyz while the database is up', async () => {
    expect(await (await t.app.request('/healthz')).json()).toEqual({ status: 'ok' })
    const ready = await t.app.request('/readyz')
    expect(ready.status).toBe(200)
    expect(await ready.json()).toEqual({ status: 'ready', database: 'ok' })
  })

  it('answers /readyz with 503 once the database is gone, and keeps serving the public pages', async () => {
    await t.db.close()
    const ready = await t.app.request('/readyz')
    expect(ready.status).toBe(503)
    expect(await ready.json()).toEqual({ status: 'unavailable', database: 'unreachable' })
    expect((await t.app.request('/healthz')).status).toBe(200)
    t.clock.advance(5 * 60_000) // the settings copy is stale; re-reading fails; the last copy serves
    const home = await t.app.request('/')
    expect(home.status).toBe(200)
  })
})

describe('a PostgreSQL server that cannot be reached', () => {
  it('gives 503 on /readyz and a Chinese 503 page, never a 500', async () => {
    // Booted deps, then the database swapped for one that never answered: the settings and the
    // calendar were never read (boot cannot produce that; the test builds it on purpose).
    const booted = await createTestApp()
    const dbHandle = createDb({
      databaseUrl: 'postgres://postgres@127.0.0.1:1/unreachable',
      poolSize: 1,
    })
    const app = createApp({
      ...booted.deps,
      logger: createLogger('silent'),
      db: dbHandle.db,
      dbHandle,
      siteSettings: createSiteSettings(dbHandle.db, booted.clock),
      calendar: createCalendar(dbHandle.db),
    })
    try {
      expect((await app.request('/readyz')).status).toBe(503)
      const page = await app.request('/guide')
      expect(page.status).toBe(503)
      expect(page.headers.get('retry-after')).toBe('30')
      expect(await page.text()).toContain('服务暂时不可用')
      // the status page's gathered session check fails the same way
      const status = await app.request('/track/status', {
        headers: { cookie: `zj_track=${'a'.repeat(43)}` },
      })
      expect(status.status).toBe(503)
      expect(await status.text()).toContain('服务暂时不可用')
    } finally {
      await dbHandle.close()
      await booted.close()
    }
  })
})
