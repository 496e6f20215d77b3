import { resumeEmail } from '../../views/emails/resume.js'
import { takeBudget } from '../abuse/rate-limit.js'
import type { Db } from '../db/database.js'
import type { Deps } from '../deps.js'
import { insertOutboxMessage } from '../notifications/outbox.repository.js'
import { draftContext } from './draft-cookie.js'
import { issueResumeToken } from './draft-resume.service.js'

/**
 * docs/product.md §4: when an address is given, the link to resume the draft is emailed (once per
 * draft and address), within two budgets (issue 12 F12: anyone may type any address): per client
 * address and per recipient. Past either, the answers are saved and no email is sent; the
 * applicant still has the draft in this browser.
 */
export async function sendResumeLink(
  deps: Deps,
  f: { draftId: string; email: string; ip: string | null; procuratorateName: string },
): Promise<boolean> {
  const byAddress = await takeBudget(deps, 'resumeEmailPerAddress', f.ip)
  const byRecipient = byAddress.ok
    ? await takeBudget(deps, 'resumeEmailPerRecipient', f.email.trim().toLowerCase())
    : byAddress
  if (!byRecipient.ok) {
    deps.logger.info('resume email not sent: budget spent', { draftId: f.draftId })
    return false
  }
  await enqueueResumeEmail(deps.db, {
    draftId: f.draftId,
    // a link token of its own: the draft's cookie token never leaves the browser (F8, F10)
    token: await issueResumeToken(draftContext(deps), f.draftId),
    email: f.email,
    procuratorateName: f.procuratorateName,
    publicBaseUrl: deps.config.publicBaseUrl,
    now: deps.clock.now(),
  })
  return true
}

/** The link carries the resume token, the applicant's own key to the draft once the address is given. */
export async function enqueueResumeEmail(
  db: Db,
  f: {
    draftId: string
    token: string
    email: string
    procuratorateName: string
    publicBaseUrl: string
    now: Date
  },
): Promise<void> {
  const { procuratorateName, ...data } = f
  await insertOutboxMessage(db, resumeEmail({ ...data, site: { name: procuratorateName } }))
}
