import { Hono } from 'hono'
import type { Deps } from '../deps.js'
import { clientIp } from '../http/client-ip.js'
import { AppError } from '../errors.js'
import type { TrackEnv } from '../tracking/applicant-session.js'
import { uploadErrorPage } from '../uploads/upload-errors.js'
import { answerSupplementItem, completeSupplement } from './supplement.service.js'

export const SUPPLEMENT_UPLOAD_PATH = '/track/supplement/upload'

/**
 * The applicant answers a 补正 item by item (the same streamed, checked pipeline as the
 * application), then sends the whole answer back to staff.
 */
export function supplementRoutes(deps: Deps) {
  const app = new Hono<TrackEnv>()
  app.post('/upload', async (c) => {
    try {
      await answerSupplementItem(deps, c.var.applicationId, c.req.query('item'), c.req.raw)
    } catch (err) {
      throw uploadErrorPage(err)
    }
    return c.redirect('/track/status', 303)
  })
  app.post('/complete', async (c) => {
    await completeSupplement(deps, c.var.applicationId, clientIp(c, deps))
    return c.redirect('/track/status', 303)
  })
  return app
}
