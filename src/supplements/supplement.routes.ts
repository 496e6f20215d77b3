import { Hono } from 'hono'
import type { Deps } from '../deps.js'
import { clientIp } from '../http/client-ip.js'
import { AppError } from '../errors.js'
import type { TrackEnv } from '../tracking/applicant-session.js'
import { statusPageWithErrors } from '../tracking/status-refusal.routes.js'
import { uploadProblem } from '../uploads/upload-errors.js'
import { answerSupplementItem, completeSupplement } from './supplement.service.js'

export const SUPPLEMENT_UPLOAD_PATH = '/track/supplement/upload'

/**
 * The applicant answers a 补正 item by item (the same streamed, checked pipeline as the
 * application), then sends the whole answer back to staff.
 */
export function supplementRoutes(deps: Deps) {
  const app = new Hono<TrackEnv>()
  app.post('/upload', async (c) => {
    const item = c.req.query('item')
    try {
      await answerSupplementItem(deps, c.var.applicationId, item, c.req.raw)
    } catch (err) {
      const problem = uploadProblem(err)
      if (!problem) throw err
      return statusPageWithErrors(
        c,
        deps,
        { [`supplement-${item}`]: problem.message },
        problem.status,
      )
    }
    return c.redirect('/track/status', 303)
  })
  app.post('/complete', async (c) => {
    await completeSupplement(deps, c.var.applicationId, clientIp(c, deps))
    return c.redirect('/track/status', 303)
  })
  return app
}
