import { Hono } from 'hono'
import type { Deps } from '../deps.js'
import { clientIp } from '../http/client-ip.js'
import { AppError } from '../errors.js'
import { parseForm } from '../http/form.js'
import type { TrackEnv } from './applicant-session.js'
import { RecusalReviewSchema, RecusalSchema } from './recusal.schema.js'
import { recusalTarget, requestRecusal, requestRecusalReview } from './recusal.service.js'

/**
 * POST /track/recusal — the applicant asks that a person handling the case step aside (规则
 * 第十二条); POST /track/recusal/review — one 复议 of a refusal (第十七条). Both forms sit on the
 * status page, not pages of their own: a refused form gets the error page with its message.
 */
export function recusalRoutes(deps: Deps) {
  return new Hono<TrackEnv>()
    .post('/recusal', async (c) => {
      // refused before the reason is read, outside the stages where a request can be made
      const target = await recusalTarget(deps, c.var.applicationId)
      const parsed = parseForm(RecusalSchema, await c.req.parseBody())
      if (!parsed.ok) throw new AppError(422, 'bad_request', firstError(parsed.form.errors))
      await requestRecusal(deps, target, parsed.data, clientIp(c, deps))
      return c.redirect('/track/status', 303)
    })
    .post('/recusal/review', async (c) => {
      const parsed = parseForm(RecusalReviewSchema, await c.req.parseBody())
      if (!parsed.ok) throw new AppError(422, 'bad_request', firstError(parsed.form.errors))
      await requestRecusalReview(deps, c.var.applicationId, parsed.data.reason, clientIp(c, deps))
      return c.redirect('/track/status', 303)
    })
}

function firstError(errors: Record<string, string | undefined>): string {
  return Object.values(errors).find((e) => e) ?? '请检查填写的内容。'
}
