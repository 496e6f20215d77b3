import { lostCodeEmail } from '../../views/emails/lost-code.js'
import type { Deps } from '../deps.js'
import { insertOutboxMessage } from '../notifications/outbox.repository.js'
import { parseCreditCode } from '../applications/validation/credit-code.js'
import { parseIdNumber } from '../applications/validation/id-number.js'
import { formatTrackingCode } from '../kernel/tracking-code.js'
import type { Db } from '../db/database.js'
import { enqueueNothing, findCodeRecipients, reserveAttempt } from './tracking.repository.js'

/** docs/product.md §7: at most 5 recovery requests per address per hour, whatever they match. */
export const LOST_CODE_LIMIT = { requests: 5, windowMs: 60 * 60_000 }

export type LostCodeResult = { ok: true } | { ok: false; lockedUntil: Date }

/**
 * Lost tracking code: mobile + ID number → every matching application's code goes to the email
 * address registered with it. The answer on screen is the same whether or not anything matched,
 * and the code is never shown. One email per application per hour at most (stable message key).
 */
export async function recoverCodes(
  deps: Deps,
  input: { mobile: string; idNumber: string; ip: string | null },
): Promise<LostCodeResult> {
  const now = deps.clock.now()
  const ipKey = deps.fieldCrypto.keyedHash(`lost:${input.ip ?? 'unknown'}`)
  const mobileHash = deps.fieldCrypto.keyedHash(input.mobile)
  const idHash = deps.fieldCrypto.keyedHash(normaliseIdentifier(input.idNumber, now))
  // security review F19: the count is taken before anything else, in the same transaction as the
  // lookup and the emails, and both outcomes run the same statements and one commit, so neither
  // a burst nor the answer time tells whether the pair matched
  return deps.db.transaction().execute(async (trx) => {
    const attempt = await reserveAttempt(trx, 'lost_code', ipKey, {
      now,
      start: new Date(now.getTime() - LOST_CODE_LIMIT.windowMs),
      ms: LOST_CODE_LIMIT.windowMs,
      limit: LOST_CODE_LIMIT.requests,
    })
    if (!attempt.allowed) return { ok: false, lockedUntil: attempt.retryAt }
    const matches = await findCodeRecipients(trx, mobileHash, idHash)
    if (matches.length === 0) await enqueueNothing(trx)
    else await emailCodes(trx, deps, matches, now)
    return { ok: true }
  })
}

/** One email per application and hour: the message key repeats within the hour. */
async function emailCodes(
  db: Db,
  deps: Deps,
  matches: { id: string; tracking_code: string; email: string | null }[],
  now: Date,
): Promise<void> {
  const site = deps.siteSettings.current()
  const hour = Math.floor(now.getTime() / 3_600_000)
  for (const app of matches) {
    await insertOutboxMessage(
      db,
      lostCodeEmail({
        site,
        publicBaseUrl: deps.config.publicBaseUrl,
        applicationId: app.id,
        trackingCode: formatTrackingCode(app.tracking_code),
        email: app.email!,
        hour,
        now,
      }),
    )
  }
}

/** The same normalised form the application stored (ID number, or an organisation's credit code). */
function normaliseIdentifier(input: string, today: Date): string {
  const id = parseIdNumber(input, today)
  if (id.ok) return id.value
  const credit = parseCreditCode(input)
  if (credit.ok) return credit.value
  return input.replace(/\s/g, '').toUpperCase()
}
