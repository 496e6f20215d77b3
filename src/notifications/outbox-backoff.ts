/** After this many attempts a message is marked 'failed' and left for staff. */
export const MAX_SEND_ATTEMPTS = 20

const FIRST_DELAY_MS = 30_000
const MAX_DELAY_MS = 60 * 60_000
/** ±10 %: workers that failed together (an SMTP outage) do not all come back in the same second. */
const JITTER = 0.1

/**
 * Delay before the next try after `attempt` failed attempts (1-based): 30 s, 1 min, 2 min, 4 min …
 * doubling up to 1 h, each with jitter and never above 1 h. Twenty attempts span about 14 hours, so
 * an overnight mail-server outage is ridden out.
 */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  const n = Math.max(1, Math.floor(attempt))
  const base = Math.min(FIRST_DELAY_MS * 2 ** Math.min(n - 1, 30), MAX_DELAY_MS)
  const jittered = base * (1 - JITTER + 2 * JITTER * random())
  return Math.round(Math.min(jittered, MAX_DELAY_MS))
}
