import { resumeEmail } from '../../views/emails/resume.js'
import type { Db } from '../db/database.js'
import { insertOutboxMessage } from '../notifications/outbox.repository.js'

/**
 * docs/product.md §4: when an address is given, the link to resume the draft is emailed (once per draft and
 * address). The link carries the draft's token — it is the applicant's own key to the draft.
 */
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
