import type { Deps } from '../deps.js'
import { sendDailyDigest } from '../queue/digest.service.js'
import { recordMissedEmailDeliveries } from '../service-of-documents/electronic-service.js'
import { expireSupplements } from '../supplements/supplement.service.js'
import { runDailyPurge } from '../retention/purge-job.js'

/**
 * The deadline work of the hourly job. Expired 补正 requests go first, as they change what is due;
 * then the once-a-day staff digest. A digest failure is logged and retried next hour (its day is
 * claimed only when the digest commits); it must not stop the housekeeping after it. The daily
 * retention purge (src/retention) follows, once per China day across processes; a failure is
 * logged and the day's lease lets the next hourly run finish it.
 */
export async function runDeadlineJobs(deps: Deps): Promise<number> {
  // an override another process saved since this one last read them counts at once (decision 093)
  await deps.calendar.reload()
  // Service first: a notice emailed but not yet recorded as served starts its period here.
  await recordMissedEmailDeliveries(deps)
  const deemedWithdrawn = await expireSupplements(deps)
  try {
    await sendDailyDigest(deps)
  } catch (err) {
    deps.logger.warn('staff digest failed', { err })
  }
  try {
    await runDailyPurge(deps)
  } catch (err) {
    deps.logger.warn('retention purge failed', { err })
  }
  return deemedWithdrawn
}
