import crypto from 'node:crypto'
import { insertAuditEvent } from '../../audit/audit.repository.js'
import { hashToken, newToken } from '../../crypto/tokens.js'
import type { Deps } from '../../deps.js'
import { hashPassword, verifyPassword } from '../password.js'
import type { StaffRole } from '../staff-account.table.js'
import { findLoginAccount, recordLoginSuccess, reserveLoginAttempt } from './login.repository.js'
import { deleteStaffSession, insertStaffSession } from './staff-session.repository.js'
import { verifyTotp } from './totp.js'

/**
 * docs/product.md §8: 5 failures lock the account for 15 minutes — for the address they came from;
 * 20 from all addresses together lock it for everyone (docs/decisions/040-staff-sign-in-throttle.md).
 * 30 minutes idle, 12 hours absolute.
 */
export const LOGIN_LOCK = { failures: 5, accountFailures: 20, lockMs: 15 * 60_000 }
export const STAFF_SESSION = { idleMs: 30 * 60_000, absoluteMs: 12 * 60 * 60_000 }

export type LoginInput = {
  username: string
  password: string
  totp: string
  ip: string | null
  /** the token of a session this browser already had: it is ended (rotation at login) */
  previousToken?: string
}

/** 'locked' is for the audit log only: the page answers it exactly as a wrong password. */
export type LoginResult =
  | { ok: true; token: string; staffId: string; roles: StaffRole[] }
  | { ok: false; reason: 'invalid' | 'locked' }

/** A hash of a random password: unknown usernames cost the same scrypt work as known ones. */
let dummyHash: Promise<string> | undefined

type Audit = (result: 'success' | 'failure' | 'denied', why?: string) => Promise<unknown>

export async function logIn(deps: Deps, input: LoginInput): Promise<LoginResult> {
  const now = deps.clock.now()
  const username = input.username.trim().toLowerCase()
  const account = /^[a-z][a-z0-9._-]{1,31}$/.test(username)
    ? await findLoginAccount(deps.db, username)
    : undefined
  const audit: Audit = (result, why) =>
    insertAuditEvent(deps.db, {
      actor: { type: 'staff', id: account?.id ?? null, roles: account?.roles ?? [] },
      ip: input.ip,
      action: result === 'success' ? 'staff.login' : 'staff.login_failed',
      object: { type: 'staff_account', id: account?.id ?? null },
      result,
      // What was typed for an unknown account is not kept: it is often a password typed into the
      // wrong field, and the audit log is read by people who must not learn it.
      details: { ...(account ? { username } : {}), ...(why ? { why } : {}) },
      at: now,
    })
  if (!account) {
    await verifyPassword(input.password, await (dummyHash ??= hashPassword(crypto.randomUUID())))
    await audit('failure', 'unknown_username')
    return { ok: false, reason: 'invalid' }
  }
  const attempt = { id: account.id, ip: input.ip ?? '', now }
  const limits = { perAddress: LOGIN_LOCK.failures, perAccount: LOGIN_LOCK.accountFailures }
  // The attempt is counted before the password is hashed, so a burst cannot outrun the lock.
  const reserved =
    !account.disabled_at &&
    (await reserveLoginAttempt(deps.db, attempt, { ...limits, lockMs: LOGIN_LOCK.lockMs }))
  // A locked account costs the same scrypt work as a wrong password: its answer gives nothing away.
  const passwordOk = await verifyPassword(input.password, account.password_hash)
  if (!reserved && !account.disabled_at) {
    await audit('denied', 'locked')
    return { ok: false, reason: 'locked' }
  }
  const step = passwordOk ? totpStep(deps, account, input.totp, now) : undefined
  if (!passwordOk || step === undefined || account.disabled_at) {
    await audit('failure', account.disabled_at ? 'disabled' : !passwordOk ? 'password' : 'totp')
    return { ok: false, reason: 'invalid' }
  }
  const token = await startSession(deps, attempt, step, input.previousToken)
  await audit(token ? 'success' : 'failure', token ? undefined : 'totp_replayed')
  if (!token) return { ok: false, reason: 'invalid' }
  return { ok: true, token, staffId: account.id, roles: account.roles as StaffRole[] }
}

/**
 * Rotates the session in one transaction with the success record; undefined (nothing written) when
 * a concurrent request used this TOTP step first.
 */
async function startSession(
  deps: Deps,
  attempt: { id: string; ip: string; now: Date },
  step: number | null,
  previousToken: string | undefined,
): Promise<string | undefined> {
  const token = newToken()
  const replayed = new Error('totp step already used')
  try {
    await deps.db.transaction().execute(async (trx) => {
      if (!(await recordLoginSuccess(trx, attempt, step))) throw replayed
      if (previousToken) await deleteStaffSession(trx, hashToken(previousToken))
      await insertStaffSession(trx, {
        tokenHash: hashToken(token),
        staffId: attempt.id,
        now: attempt.now,
        expiresAt: new Date(attempt.now.getTime() + STAFF_SESSION.absoluteMs),
      })
    })
  } catch (err) {
    if (err === replayed) return undefined
    throw err
  }
  return token
}

/**
 * null when the account has no TOTP (allowed outside production; the middleware then sends the
 * person to enrol in production), the accepted time step, or undefined for a wrong/replayed code.
 */
function totpStep(
  deps: Deps,
  account: {
    totp_secret_encrypted: string | null
    totp_enabled_at: Date | null
    totp_last_step: number | null
  },
  code: string,
  now: Date,
): number | null | undefined {
  if (!account.totp_enabled_at || !account.totp_secret_encrypted) return null
  const secret = deps.fieldCrypto.decrypt(Buffer.from(account.totp_secret_encrypted, 'base64'))
  const step = verifyTotp(secret, code, now)
  if (step === undefined) return undefined
  if (account.totp_last_step !== null && step <= account.totp_last_step) return undefined
  return step
}
