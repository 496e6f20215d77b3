import type { Deps } from '../../deps.js'
import { recordLoginFailure } from '../auth/login.repository.js'
import { LOGIN_LOCK } from '../auth/login.service.js'
import { verifyTotp } from '../auth/totp.js'
import { verifyPassword } from '../password.js'
import { findReauthCheck } from './account.repository.js'

export type Reauth = { current: string; currentCode: string }

export const REAUTH_FAILED = '当前密码或原动态验证码不正确'
export const REAUTH_LOCKED = '密码输错次数过多，请 15 分钟后再试'

/**
 * Before an enrolled authenticator is replaced, the person proves who they are with their password
 * and a code from the authenticator they have now (ASVS 2.5.x: re-authentication before an
 * authenticator changes), so a stolen session or an unlocked screen cannot take over the second
 * factor. A wrong password counts with failed sign-ins; the message never says which part was
 * wrong. Undefined when both are right.
 */
export async function reauthenticationProblem(
  deps: Pick<Deps, 'db' | 'fieldCrypto'>,
  staffId: string,
  form: Reauth,
  now: Date,
): Promise<string | undefined> {
  const check = await findReauthCheck(deps.db, staffId)
  if (!check) return REAUTH_FAILED
  if (check.locked_until && check.locked_until > now) return REAUTH_LOCKED
  const passwordOk = await verifyPassword(form.current, check.password_hash)
  if (!passwordOk) {
    const lockUntil = new Date(now.getTime() + LOGIN_LOCK.lockMs)
    await recordLoginFailure(deps.db, staffId, now, LOGIN_LOCK.failures, lockUntil)
    return REAUTH_FAILED
  }
  if (!check.totp_secret_encrypted) return undefined
  const secret = deps.fieldCrypto.decrypt(Buffer.from(check.totp_secret_encrypted, 'base64'))
  const step = verifyTotp(secret, form.currentCode, now)
  const fresh = step !== undefined && (check.totp_last_step === null || step > check.totp_last_step)
  return fresh ? undefined : REAUTH_FAILED
}
