import QRCode from 'qrcode'
import type { AuditAction } from '../../audit/audit-action.js'
import { insertAuditEvent } from '../../audit/audit.repository.js'
import { hashToken } from '../../crypto/tokens.js'
import type { Deps } from '../../deps.js'
import type { FormErrors } from '../../http/form.js'
import { recordLoginFailure } from '../auth/login.repository.js'
import { LOGIN_LOCK } from '../auth/login.service.js'
import { deleteStaffSessions } from '../auth/staff-session.repository.js'
import { newTotpSecret, totpUri, verifyTotp } from '../auth/totp.js'
import { hashPassword, verifyPassword } from '../password.js'
import type { StaffUser } from '../staff-env.js'
import { recordedActor, type StaffActor } from '../staff-actor.js'
import {
  enableTotp,
  setEmail,
  findPasswordCheck,
  findTotpPending,
  setPassword,
  setTotpPending,
} from './account.repository.js'
import { reauthenticationProblem, type Reauth } from './totp-reauth.js'

type Actor = StaffActor & { token: string }

/** The form as typed, with what PasswordChangeSchema found wrong with the new password. */
export type PasswordChange = { current: string; password: string; problems: FormErrors }

/**
 * Own password change: the current password proves it is the person; other sessions end. It is
 * checked (and a wrong one counted) even when the new password was refused, so every attempt is
 * audited and the page names every problem at once. Returns the problems, none once changed.
 */
export async function changeOwnPassword(
  deps: Deps,
  actor: Actor,
  form: PasswordChange,
): Promise<FormErrors> {
  const errors: FormErrors = {}
  const now = deps.clock.now()
  const stored = await findPasswordCheck(deps.db, actor.staff.id)
  if (stored?.locked_until && stored.locked_until > now) {
    await audit(deps, actor, 'staff.password_change', 'denied', now)
    return { current: '密码输错次数过多，请 15 分钟后再试' }
  }
  if (!stored || !(await verifyPassword(form.current, stored.password_hash))) {
    errors.current = '当前密码不正确'
    // Counted with failed logins: a stolen session must not become a way to guess the password.
    const lockUntil = new Date(now.getTime() + LOGIN_LOCK.lockMs)
    await recordLoginFailure(deps.db, actor.staff.id, now, LOGIN_LOCK.failures, lockUntil)
  }
  Object.assign(errors, form.problems)
  if (Object.keys(errors).length > 0) {
    await audit(deps, actor, 'staff.password_change', 'failure', now)
    return errors
  }
  const hash = await hashPassword(form.password)
  await deps.db.transaction().execute(async (trx) => {
    await setPassword(trx, actor.staff.id, hash, now)
    await deleteStaffSessions(trx, actor.staff.id, hashToken(actor.token))
    await audit(deps, actor, 'staff.password_change', 'success', now, trx)
  })
  return {}
}

/** The secret for the enrolment page, kept (encrypted) until a code proves it was scanned. */
export async function showTotpEnrolment(
  deps: Deps,
  staff: StaffUser,
  keepPending: boolean,
): Promise<{ secret: string; qrSvg: string }> {
  const pending = keepPending ? await findTotpPending(deps.db, staff.id) : undefined
  const secret = pending
    ? deps.fieldCrypto.decrypt(Buffer.from(pending, 'base64'))
    : newTotpSecret()
  if (!pending)
    await setTotpPending(deps.db, staff.id, deps.fieldCrypto.encrypt(secret).toString('base64'))
  const uri = totpUri(secret, staff.username, `执监通 ${deps.siteSettings.current().shortName}`)
  const qrSvg = await QRCode.toString(uri, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' })
  return { secret, qrSvg }
}

/**
 * Binds the scanned secret once a code from it proves it was scanned. Replacing an authenticator
 * already bound also needs the password and a code from the current one (totp-reauth.ts).
 */
export async function confirmTotpEnrolment(
  deps: Deps,
  actor: Actor,
  form: { code: string } & Partial<Reauth>,
): Promise<'ok' | 'no_pending' | FormErrors> {
  const now = deps.clock.now()
  const pending = await findTotpPending(deps.db, actor.staff.id)
  if (!pending) return 'no_pending'
  if (actor.staff.totpEnabled) {
    const reauth = { current: form.current ?? '', currentCode: form.currentCode ?? '' }
    const problem = await reauthenticationProblem(deps, actor.staff.id, reauth, now)
    if (problem) {
      await audit(deps, actor, 'staff.totp_enrol', 'denied', now)
      return { current: problem }
    }
  }
  const secret = deps.fieldCrypto.decrypt(Buffer.from(pending, 'base64'))
  const step = verifyTotp(secret, form.code, now)
  if (step === undefined) {
    await audit(deps, actor, 'staff.totp_enrol', 'failure', now)
    return { code: '动态验证码不正确，请核对手机时间后输入应用中当前显示的 6 位数字' }
  }
  await deps.db.transaction().execute(async (trx) => {
    await enableTotp(trx, actor.staff.id, pending, step, now)
    await deleteStaffSessions(trx, actor.staff.id, hashToken(actor.token))
    await audit(deps, actor, 'staff.totp_enrol', 'success', now, trx)
  })
  return 'ok'
}

/** The address for the daily deadline digest; null removes it. Audited without the address. */
export async function changeOwnEmail(deps: Deps, actor: Actor, email: string | null) {
  const now = deps.clock.now()
  await deps.db.transaction().execute(async (trx) => {
    await setEmail(trx, actor.staff.id, email, now)
    await audit(deps, actor, 'staff.email_change', 'success', now, trx)
  })
}

function audit(
  deps: Deps,
  actor: Actor,
  action: AuditAction,
  result: 'success' | 'failure' | 'denied',
  at: Date,
  db = deps.db,
) {
  return insertAuditEvent(db, {
    actor: recordedActor(actor),
    ip: actor.ip,
    action,
    object: { type: 'staff_account', id: actor.staff.id },
    result,
    at,
  })
}
