import { Hono } from 'hono'
import { findApplicationById } from '../applications/application.repository.js'
import { renderStoredReceipt } from '../applications/receipt.service.js'
import type { Deps } from '../deps.js'
import { endSession, sessionCheck, type TrackEnv } from './applicant-session.js'
import { createStatusPageCache } from './status-page-cache.js'
import { statusPageHtml } from './status-page.js'
import { createStampLoader } from './status-stamps.js'

/**
 * GET /track/status and /track/receipt. /receipt is behind requireApplicantSession; /status is not:
 * it applies the same session rule another way, for speed — its check is gathered with other
 * views' and reads the version its kept page depends on in the same query (status-page.tsx; the
 * README's decision on the status page has the measurements).
 */
export function statusRoutes(deps: Deps) {
  const app = new Hono<TrackEnv>()
  const kept = { pages: createStatusPageCache(), stamps: createStampLoader(deps.db) }
  app.get('/status', async (c) => {
    const session = sessionCheck(c, deps)
    const html = session
      ? await statusPageHtml(deps, kept, {
          tokenHash: session.tokenHash,
          now: session.now,
          idleSince: session.idleSince,
          elderMode: c.get('elderMode'),
          csrfToken: c.get('csrfToken')(),
          renderPage: c.get('renderPage'),
        })
      : undefined
    return html === undefined ? endSession(c, deps, session?.token) : c.html(html)
  })
  app.get('/receipt', async (c) => {
    const application = (await findApplicationById(deps.db, c.var.applicationId))!
    const pdf = await renderStoredReceipt(deps, application, c.var.site)
    c.header('Content-Type', 'application/pdf')
    c.header(
      'Content-Disposition',
      `attachment; filename="receipt-${application.tracking_code}.pdf"`,
    )
    return c.body(new Uint8Array(pdf))
  })
  return app
}
