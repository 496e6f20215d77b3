import crypto from 'node:crypto'
import type { Deps } from '../deps.js'
import { formatChineseDateTime } from '../kernel/china-time.js'
import { findApplicationByCode } from '../applications/application.repository.js'
import { newSession } from './applicant-session.js'
import type { LookupFields } from './lookup.schema.js'
import { parseTrackingCode } from '../kernel/tracking-code.js'
import { clearAttempts, findAttempts, recordFailure } from './tracking.repository.js'

/** docs/product.md §7: 5 failures lock a code for 30 minutes; an address gets 30 failures per 15 minutes. */
export const CODE_LOCK = { failures: 5, windowMs: 30 * 60_000, lockMs: 30 * 60_000 }
export const IP_LIMIT = { failures: 30, windowMs: 15 * 60_000, lockMs: 15 * 60_000 }

/** Wrong digits, an unknown code and a filled honeypot all get this one answer. */
const GENERIC = '查询码或手机号码后 4 位不正确，请核对后重试'

export type LookupAnswer =
  | { ok: true; sessionToken: string }
  | { ok: false; status: 422 | 429; errors: { code: string } | { digits: string } }

/** The lookup form as LookupSchema read it: a new session's token, or the status and message. */
export async function submitLookup(
  deps: Deps,
  form: LookupFields,
  ip: string | null,
): Promise<LookupAnswer> {
  if (form.bot) {
    await recordBotAttempt(deps, ip)
    return { ok: false, status: 422, errors: { code: GENERIC } }
  }
  const result = await lookUp(deps, { code: form.code, digits: form.digits, ip })
  if (result.ok) return result
  if (result.reason === 'locked') {
    const until = formatChineseDateTime(result.until)
    return {
      ok: false,
      status: 429,
      errors: { code: `为保护您的信息，核对失败次数过多后查询已暂停，请于 ${until} 后再试` },
    }
  }
  const message = result.reason === 'format' ? result.message : GENERIC
  return { ok: false, status: 422, errors: { code: message } }
}

export type LookupResult =
  | { ok: true; sessionToken: string }
  | { ok: false; reason: 'format'; message: string }
  | { ok: false; reason: 'mismatch' }
  | { ok: false; reason: 'locked'; until: Date }

/**
 * Code + last four digits of the registered mobile. Wrong digits and an unknown code take the same
 * path and give the same answer, counted against the code either way (so a lock says nothing about
 * whether the code exists). The digits are compared in constant time, also against a dummy.
 */
export async function lookUp(
  deps: Deps,
  input: { code: string; digits: string; ip: string | null },
): Promise<LookupResult> {
  const now = deps.clock.now()
  const ipKey = deps.fieldCrypto.keyedHash(`ip:${input.ip ?? 'unknown'}`)
  const ipState = await findAttempts(deps.db, 'ip', ipKey, ago(now, IP_LIMIT.windowMs))
  if (ipState.lockedUntil && ipState.lockedUntil > now)
    return { ok: false, reason: 'locked', until: ipState.lockedUntil }
  const code = parseTrackingCode(input.code)
  if (!code.ok) return { ok: false, reason: 'format', message: code.message }
  const codeKey = deps.fieldCrypto.keyedHash(`code:${code.value}`)
  const codeState = await findAttempts(deps.db, 'code', codeKey, ago(now, CODE_LOCK.windowMs))
  if (codeState.lockedUntil && codeState.lockedUntil > now)
    return { ok: false, reason: 'locked', until: codeState.lockedUntil }

  const app = await findApplicationByCode(deps.db, code.value)
  const expected = app ? deps.fieldCrypto.decrypt(app.mobile_encrypted).slice(-4) : '----'
  // Callers check the format first; anything else still compares 4 bytes, never throws.
  const digits = /^\d{4}$/.test(input.digits) ? input.digits : '####'
  const match = crypto.timingSafeEqual(Buffer.from(digits), Buffer.from(expected))
  if (!app || !match) {
    const failures = await recordFailure(
      deps.db,
      'code',
      codeKey,
      now,
      ago(now, CODE_LOCK.windowMs),
      CODE_LOCK.failures,
      new Date(now.getTime() + CODE_LOCK.lockMs),
    )
    await recordIpFailure(deps, ipKey, now)
    if (failures >= CODE_LOCK.failures)
      return { ok: false, reason: 'locked', until: new Date(now.getTime() + CODE_LOCK.lockMs) }
    return { ok: false, reason: 'mismatch' }
  }
  await clearAttempts(deps.db, 'code', codeKey)
  return { ok: true, sessionToken: await newSession(deps.db, app.id, now) }
}

/** The honeypot was filled: counted against the address like a wrong answer, told nothing more. */
export async function recordBotAttempt(deps: Deps, ip: string | null): Promise<void> {
  const ipKey = deps.fieldCrypto.keyedHash(`ip:${ip ?? 'unknown'}`)
  await recordIpFailure(deps, ipKey, deps.clock.now())
}

async function recordIpFailure(deps: Deps, ipKey: string, now: Date): Promise<void> {
  await recordFailure(
    deps.db,
    'ip',
    ipKey,
    now,
    ago(now, IP_LIMIT.windowMs),
    IP_LIMIT.failures,
    new Date(now.getTime() + IP_LIMIT.lockMs),
  )
}

function ago(now: Date, ms: number): Date {
  return new Date(now.getTime() - ms)
}
