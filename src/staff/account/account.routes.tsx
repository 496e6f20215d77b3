import type { Context } from 'hono'
import { Hono } from 'hono'
import {
  AccountPage,
  ChangePasswordPage,
  TotpEnrolPage,
} from '../../../views/pages/staff/account.js'
import { hasErrors, parseForm, type FormErrors } from '../../http/form.js'
import type { Deps } from '../../deps.js'
import { actorOf } from '../staff-actor.js'
import { ROLE_LABEL } from '../roles.js'
import { staffRoute, type StaffRouteDef } from '../staff-access.js'
import type { StaffEnv } from '../staff-env.js'
import { findEmail } from './account.repository.js'
import { DigestEmailSchema, PasswordChangeSchema } from './account.schema.js'
import {
  changeOwnEmail,
  changeOwnPassword,
  confirmTotpEnrolment,
  showTotpEnrolment,
} from './account.service.js'

export const ACCOUNT_ROUTES = {
  account: { method: 'GET', path: '/staff/account', access: 'signed_in' },
  passwordPage: {
    method: 'GET',
    path: '/staff/account/password',
    access: 'signed_in',
    duringSetup: true,
  },
  password: {
    method: 'POST',
    path: '/staff/account/password',
    access: 'signed_in',
    duringSetup: true,
  },
  totpPage: { method: 'GET', path: '/staff/account/totp', access: 'signed_in', duringSetup: true },
  totp: { method: 'POST', path: '/staff/account/totp', access: 'signed_in', duringSetup: true },
  email: { method: 'POST', path: '/staff/account/email', access: 'signed_in' },
} as const satisfies Record<string, StaffRouteDef>

export function accountRoutes(deps: Deps) {
  const app = new Hono<StaffEnv>()
  staffRoute(app, ACCOUNT_ROUTES.account, (c) => renderAccount(deps, c, {}))
  staffRoute(app, ACCOUNT_ROUTES.email, async (c) => {
    const body = await c.req.parseBody()
    const parsed = parseForm(DigestEmailSchema, body)
    if (!parsed.ok) {
      c.status(422)
      return renderAccount(deps, c, parsed.form.errors, String(body.email ?? ''))
    }
    await changeOwnEmail(deps, ownActorOf(deps, c), parsed.data.email)
    return c.redirect('/staff/account?done=email', 303)
  })
  staffRoute(app, ACCOUNT_ROUTES.passwordPage, (c) => renderPassword(c, {}))
  staffRoute(app, ACCOUNT_ROUTES.password, async (c) => {
    const body = await c.req.parseBody()
    const parsed = parseForm(PasswordChangeSchema(c.var.staff!.username), body)
    const errors = await changeOwnPassword(deps, ownActorOf(deps, c), {
      current: String(body.current ?? ''),
      password: String(body.password ?? ''),
      problems: parsed.ok ? {} : parsed.form.errors,
    })
    if (Object.keys(errors).length > 0) {
      c.status(422)
      return renderPassword(c, errors)
    }
    return c.redirect('/staff/account?done=password', 303)
  })
  staffRoute(app, ACCOUNT_ROUTES.totpPage, async (c) => renderTotp(deps, c, {}, false))
  staffRoute(app, ACCOUNT_ROUTES.totp, async (c) => {
    const body = await c.req.parseBody()
    const field = (name: string) => String(body[name] ?? '')
    const result = await confirmTotpEnrolment(deps, ownActorOf(deps, c), {
      code: field('code'),
      current: field('current'),
      currentCode: field('currentCode'),
    })
    if (result === 'ok') return c.redirect('/staff/account?done=totp', 303)
    c.status(422)
    if (result === 'no_pending')
      return renderTotp(deps, c, { code: '绑定页面已过期，请扫描新的二维码后重新输入' }, false)
    // the scanned secret stays: the person has it in their app already
    return renderTotp(deps, c, result, true)
  })
  return app
}

const NOTICES: Record<string, string> = {
  password: '新密码已保存。其他设备上的登录已全部退出。',
  totp: '动态验证码已绑定。今后登录时请输入应用中显示的 6 位数字。',
  email: '电子邮箱已保存。',
}

async function renderAccount(
  deps: Deps,
  c: Context<StaffEnv>,
  errors: FormErrors,
  emailValue?: string,
) {
  const staff = c.var.staff!
  const failed = hasErrors(errors)
  return c.render(
    <AccountPage
      csrfToken={c.var.csrfToken()}
      displayName={staff.displayName}
      username={staff.username}
      roleLabels={staff.roles.map((r) => ROLE_LABEL[r])}
      totpEnabled={staff.totpEnabled}
      email={emailValue ?? (await findEmail(deps.db, staff.id)) ?? ''}
      errors={errors}
      notice={failed ? undefined : NOTICES[c.req.query('done') ?? '']}
    />,
    { title: '我的账号', invalid: failed },
  )
}

function ownActorOf(deps: Deps, c: Context<StaffEnv>) {
  return { ...actorOf(c, deps), token: c.var.staffToken! }
}

function renderPassword(c: Context<StaffEnv>, errors: FormErrors) {
  return c.render(
    <ChangePasswordPage
      csrfToken={c.var.csrfToken()}
      forced={c.var.staff!.mustChangePassword}
      errors={errors}
    />,
    { title: '修改密码', invalid: hasErrors(errors) },
  )
}

/**
 * Each visit shows a new secret (a QR code photographed earlier is useless); after a wrong code the
 * same one stays, since the person has already scanned it.
 */
async function renderTotp(deps: Deps, c: Context<StaffEnv>, errors: FormErrors, keep: boolean) {
  const staff = c.var.staff!
  const { secret, qrSvg } = await showTotpEnrolment(deps, staff, keep)
  return c.render(
    <TotpEnrolPage
      csrfToken={c.var.csrfToken()}
      required={staff.totpRequired && !staff.totpEnabled}
      replacing={staff.totpEnabled}
      qrSvg={qrSvg}
      secret={secret}
      errors={errors}
    />,
    { title: '绑定动态验证码', invalid: hasErrors(errors) },
  )
}
