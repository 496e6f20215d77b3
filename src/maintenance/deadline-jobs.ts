import type { Deps } from '../deps.js'
import { sendDailyDigest } from '../queue/digest.service.js'
import { expireSupplements } from '../supplements/supplement.service.js'

/**
 * The deadline work of the hourly job. Expired 补正 requests go first, as they change what is due;
 * then the once-a-day staff digest. A digest failure is logged and retried next hour (its day is
 * claimed only when the digest commits); it must not stop the housekeeping after it.
 */
export async function runDeadlineJobs(deps: Deps): Promise<number> {
  const deemedWithdrawn = await expireSupplements(deps)
  try {
    await sendDailyDigest(deps)
  } catch (err) {
    deps.logger.warn('staff digest failed', { err })
  }
  return deemedWithdrawn
}
