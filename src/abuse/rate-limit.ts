import type { Deps } from '../deps.js'
import { AppError } from '../errors.js'
import { consumeBudget } from './rate-limit.repository.js'

const HOUR = 3_600_000
const MiB = 1024 * 1024

/**
 * Budgets of anonymous acts that grow storage or send email (issue 12 F11, F12; decision 077).
 * Counted per client address (TRUST_PROXY decides what that is) or per recipient, over a window.
 */
export const BUDGETS = {
  /** drafts one address may start: a family helping several relatives stays far below */
  draftStart: { limit: 20, windowMs: HOUR },
  /** file bytes one address may send to drafts per day: five full applications (100 MB each) */
  uploadBytes: { limit: 500 * MiB, windowMs: 24 * HOUR },
  /** resume emails one address may cause per hour */
  resumeEmailPerAddress: { limit: 10, windowMs: HOUR },
  /** resume emails one recipient may receive per day, whoever asks */
  resumeEmailPerRecipient: { limit: 3, windowMs: 24 * HOUR },
} as const

export type BudgetName = keyof typeof BUDGETS

/** 429 with the time to wait; the error page sends it as Retry-After. */
export class RateLimited extends AppError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(429, 'rate_limited', message)
  }
}

/**
 * Takes `amount` from the budget of `key` and says whether it was within the limit. A null key (no
 * client address: only in-process requests) is not limited. Keys are stored as keyed hashes.
 */
export async function takeBudget(
  deps: Pick<Deps, 'db' | 'clock' | 'fieldCrypto'>,
  name: BudgetName,
  key: string | null,
  amount = 1,
): Promise<{ ok: true } | { ok: false; retryAfterSeconds: number }> {
  if (key === null) return { ok: true }
  const { limit, windowMs } = BUDGETS[name]
  const now = deps.clock.now()
  const keyHash = deps.fieldCrypto.keyedHash(`budget:${name}:${key}`)
  const windowStart = new Date(now.getTime() - windowMs)
  const { used, windowStartedAt } = await consumeBudget(
    deps.db,
    name,
    keyHash,
    amount,
    now,
    windowStart,
  )
  if (used <= limit) return { ok: true }
  const retryMs = windowStartedAt.getTime() + windowMs - now.getTime()
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(retryMs / 1000)) }
}

/** takeBudget, refusing with a 429 page carrying `message` when the budget is spent. */
export async function requireBudget(
  deps: Pick<Deps, 'db' | 'clock' | 'fieldCrypto'>,
  name: BudgetName,
  key: string | null,
  message: string,
  amount = 1,
): Promise<void> {
  const taken = await takeBudget(deps, name, key, amount)
  if (!taken.ok) throw new RateLimited(message, taken.retryAfterSeconds)
}
