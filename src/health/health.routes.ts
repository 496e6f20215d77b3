import { Hono } from 'hono'
import { pingDb, type Db } from '../db/database.js'
import type { AppEnv } from '../http/app-env.js'

/** Liveness says the process answers; readiness says it can do real work (database reachable). */
export function healthRoutes(db: Db) {
  return new Hono<AppEnv>()
    .get('/healthz', (c) => c.json({ status: 'ok' }))
    .get('/readyz', async (c) => {
      const ok = await pingDb(db)
      return c.json(
        { status: ok ? 'ready' : 'unavailable', database: ok ? 'ok' : 'unreachable' },
        ok ? 200 : 503,
      )
    })
}
