import { Hono } from 'hono'
import type { Deps } from '../deps.js'
import { clientIp } from '../http/client-ip.js'
import type { TrackEnv } from './applicant-session.js'
import { recusalTarget, requestRecusal } from './recusal.service.js'

/** POST /track/recusal — the applicant asks for the handling prosecutor's recusal. */
export function recusalRoutes(deps: Deps) {
  return new Hono<TrackEnv>().post('/recusal', async (c) => {
    // refused before the reason is read, as long as no prosecutor is assigned
    const target = await recusalTarget(deps, c.var.applicationId)
    const reason = String((await c.req.parseBody()).reason ?? '').trim()
    await requestRecusal(deps, target, reason, clientIp(c, deps))
    return c.redirect('/track/status', 303)
  })
}
