import { Hono } from 'hono'
import type { Child } from 'hono/jsx'
import { StatusPage } from '../../views/pages/track/status.js'
import { findApplicationById } from '../applications/application.repository.js'
import { renderStoredReceipt } from '../applications/receipt.service.js'
import { todayInChina } from '../calendar/calendar.service.js'
import type { Deps } from '../deps.js'
import { endSession, sessionCheck, type SessionCheck, type TrackEnv } from './applicant-session.js'
import { recordSessionUse } from './applicant-session.repository.js'
import {
  createStatusPageCache,
  type StatusPageCache,
  type StatusPageKey,
} from './status-page-cache.js'
import { createStampLoader, type StampLoader } from './status-stamps.js'
import { findStatusBySession } from './status.repository.js'
import { statusView } from './status-view.js'

/**
 * GET /track/status and /track/receipt. /receipt is behind requireApplicantSession; /status is not:
 * it applies the same session rule another way, for speed — its check is gathered with other
 * views' and reads the version its kept page depends on in the same query (statusPageHtml below;
 * the README's decision on the status page has the measurements).
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

/** The session to check, as applicant-session.ts presents it, and what the page depends on. */
type StatusPageRequest = Omit<SessionCheck, 'token'> & {
  elderMode: boolean
  csrfToken: string
  renderPage: (content: Child, title: string) => Promise<string>
}

/**
 * The applicant's status page as HTML, or undefined when the session has ended. It renders the page
 * and keeps the HTML, which is the edge's work, so it lives with its one route, not in a service.
 *
 * Every view checks its session by the rule of requireApplicantSession (applicant-session.ts), but
 * without a round trip of its own: it reads the session and its application's status_version in one
 * small prepared query shared with the views that arrive at the same moment (status-stamps.ts), and
 * records the session's use. The page is rendered — from one query for all it shows — only when no
 * page with the same key is kept. The key's parts that are not in the database (site settings' version,
 * today) are taken before rendering, so a page is never kept under a newer key than the data it was
 * rendered from.
 */
async function statusPageHtml(
  deps: Deps,
  kept: { pages: StatusPageCache; stamps: StampLoader },
  req: StatusPageRequest,
): Promise<string | undefined> {
  const stamp = await kept.stamps(req)
  if (!stamp) return undefined
  await recordSessionUse(deps.db, req.tokenHash, stamp.lastSeenAt, req.now)
  const fixed = {
    today: todayInChina(req.now),
    siteVersion: deps.siteSettings.version(),
    elderMode: req.elderMode,
    csrfToken: req.csrfToken,
  }
  const key = (applicationId: string, statusVersion: string): StatusPageKey => ({
    applicationId,
    statusVersion,
    ...fixed,
  })
  const page = kept.pages.get(key(stamp.applicationId, stamp.statusVersion))
  if (page !== undefined) return page

  const record = await findStatusBySession(deps.db, req.tokenHash, req.idleSince)
  if (!record) return undefined
  const view = statusView(record, req.now)
  const html = await req.renderPage(<StatusPage {...view} csrfToken={req.csrfToken} />, '办理进度')
  // the version read with the data, which may be newer than the stamp's
  kept.pages.set(key(record.applicationId, record.statusVersion), html)
  return html
}
