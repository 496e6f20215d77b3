import { Hono } from 'hono'
import type { Deps } from '../deps.js'
import { clientIp } from '../http/client-ip.js'
import { AppError } from '../errors.js'
import { parseForm } from '../http/form.js'
import type { TrackEnv } from './applicant-session.js'
import { RecusalSchema } from './recusal.schema.js'
import { recusalTarget, requestRecusal } from './recusal.service.js'

/** POST /track/recusal — the applicant asks for the handling prosecutor's recusal. */
export function recusalRoutes(deps: Deps) {
  return new Hono<TrackEnv>().post('/recusal', async (c) => {
    // refused before the reason is read, as long as no prosecutor is assigned
    const target = await recusalTarget(deps, c.var.applicationId)
    const parsed = parseForm(RecusalSchema, await c.req.parseBody())
    // The form sits on the status page, not a page of its own: a refused reason gets the error page.
    if (!parsed.ok) throw new AppError(422, 'bad_request', parsed.form.errors.reason!)
    await requestRecusal(deps, target, parsed.data.reason, clientIp(c, deps))
    return c.redirect('/track/status', 303)
  })
}
