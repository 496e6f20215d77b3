import type { Child } from 'hono/jsx'
import { StatusPage } from '../../views/pages/track/status.js'
import { todayInChina } from '../calendar/calendar.service.js'
import type { Deps } from '../deps.js'
import type { SessionCheck } from './applicant-session.js'
import { recordSessionUse } from './applicant-session.repository.js'
import type { StatusPageCache, StatusPageKey } from './status-page-cache.js'
import { findStatusBySession } from './status.repository.js'
import type { StampLoader } from './status-stamps.js'
import { statusView } from './status-view.js'

/** The session to check, as applicant-session.ts presents it, and what the page depends on. */
export type StatusPageRequest = Omit<SessionCheck, 'token'> & {
  elderMode: boolean
  csrfToken: string
  renderPage: (content: Child, title: string) => Promise<string>
}

/**
 * The applicant's status page as HTML, or undefined when the session has ended.
 *
 * Every view checks its session by the rule of requireApplicantSession (applicant-session.ts), but
 * without a round trip of its own: it reads the session and its application's status_version in one
 * small prepared query shared with the views that arrive at the same moment (status-stamps.ts), and
 * records the session's use. The page is rendered — from one query for all it shows — only when no
 * page with the same key is kept. The key's parts that are not in the database (site settings' version,
 * today) are taken before rendering, so a page is never kept under a newer key than the data it was
 * rendered from.
 */
export async function statusPageHtml(
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
