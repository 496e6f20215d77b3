import type { Context } from 'hono'
import { StatusPage } from '../../views/pages/track/status.js'
import type { Deps } from '../deps.js'
import type { FormErrors } from '../http/form.js'
import { endSession, sessionCheck, type TrackEnv } from './applicant-session.js'
import { findStatusBySession } from './status.repository.js'
import { statusView } from './status-view.js'

/**
 * A refused upload on the status page (a 补正 item) shows the status page again — the 补正 panel
 * with its deadline, and the reason under the item — instead of a bare error page (the UX review's
 * problem 6). Never kept in the status-page cache: it is one answer to one post.
 */
export async function statusPageWithErrors(
  c: Context<TrackEnv>,
  deps: Deps,
  errors: FormErrors,
  status: 400 | 413 | 422,
): Promise<Response> {
  const session = sessionCheck(c, deps)
  const record =
    session && (await findStatusBySession(deps.db, session.tokenHash, session.idleSince))
  if (!session || !record) return endSession(c, deps, session?.token)
  c.status(status)
  return c.render(
    <StatusPage
      {...statusView(record, session.now)}
      csrfToken={c.var.csrfToken()}
      errors={errors}
    />,
    { title: '办理进度', invalid: true },
  )
}
