import crypto from 'node:crypto'
import { insertAuditEvent } from '../../audit/audit.repository.js'
import { hashToken, newToken } from '../../crypto/tokens.js'
import type { Deps } from '../../deps.js'
import { hashPassword, verifyPassword } from '../password.js'
import type { StaffRole } from '../staff-account.table.js'
import { findLoginAccount, recordLoginFailure, recordLoginSuccess } from './login.repository.js'
import { deleteStaffSession, insertStaffSession } from './staff-session.repository.js'
import { verifyTotp } from './totp.js'

/** docs/product.md §8: 5 failures lock the account for 15 minutes; 30 minutes idle, 12 hours absolute. */
export const LOGIN_LOCK = { failures: 5, lockMs: 15 * 60_000 }
export const STAFF_SESSION = { idleMs: 30 * 60_000, absoluteMs: 12 * 60 * 60_000 }

export type LoginInput = {
  username: string
  password: string
  totp: string
  ip: string | null
  /** the token of a session this browser already had: it is ended (rotation at login) */
  previousToken?: string
}

export type LoginResult =
  | { ok: true; token: string; staffId: string; roles: StaffRole[] }
  | { ok: false; reason: 'invalid' | 'locked' }

/** A hash of a random password: unknown usernames cost the same scrypt work as known ones. */
let dummyHash: Promise<string> | undefined

export async function logIn(deps: Deps, input: LoginInput): Promise<LoginResult> {
  const now = deps.clock.now()
  const username = input.username.trim().toLowerCase()
  const account = /^[a-z][a-z0-9._-]{1,31}$/.test(username)
    ? await findLoginAccount(deps.db, username)
    : undefined
  const audit = (result: 'success' | 'failure' | 'denied', why?: string) =>
    insertAuditEvent(deps.db, {
      actor: { type: 'staff', id: account?.id ?? null, roles: account?.roles ?? [] },
      ip: input.ip,
      action: result === 'success' ? 'staff.login' : 'staff.login_failed',
      object: { type: 'staff_account', id: account?.id ?? null },
      result,
      details: { username: username.slice(0, 32), ...(why ? { why } : {}) },
      at: now,
    })
  if (!account) {
    await verifyPassword(input.password, await (dummyHash ??= hashPassword(crypto.randomUUID())))
    await audit('failure', 'unknown_username')
    return { ok: false, reason: 'invalid' }
  }
  if (account.locked_until && account.locked_until > now) {
    await audit('denied', 'locked')
    return { ok: false, reason: 'locked' }
  }
  const passwordOk = await verifyPassword(input.password, account.password_hash)
  const step = passwordOk ? totpStep(deps, account, input.totp, now) : undefined
  if (!passwordOk || step === undefined || account.disabled_at) {
    const why = account.disabled_at ? 'disabled' : !passwordOk ? 'password' : 'totp'
    if (!account.disabled_at) {
      const lockUntil = new Date(now.getTime() + LOGIN_LOCK.lockMs)
      await recordLoginFailure(deps.db, account.id, now, LOGIN_LOCK.failures, lockUntil)
    }
    await audit('failure', why)
    return { ok: false, reason: 'invalid' }
  }
  const token = newToken()
  await deps.db.transaction().execute(async (trx) => {
    if (input.previousToken) await deleteStaffSession(trx, hashToken(input.previousToken))
    await recordLoginSuccess(trx, account.id, now, step === null ? null : step)
    await insertStaffSession(trx, {
      tokenHash: hashToken(token),
      staffId: account.id,
      now,
      expiresAt: new Date(now.getTime() + STAFF_SESSION.absoluteMs),
    })
  })
  await audit('success')
  return { ok: true, token, staffId: account.id, roles: account.roles as StaffRole[] }
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
