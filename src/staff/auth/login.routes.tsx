import type { Context } from 'hono'
import { Hono } from 'hono'
import { deleteCookie } from 'hono/cookie'
import { StaffLoginPage } from '../../../views/pages/staff/login.js'
import type { AuditAction } from '../../audit/audit-action.js'
import { insertAuditEvent } from '../../audit/audit.repository.js'
import { hashToken } from '../../crypto/tokens.js'
import type { Deps } from '../../deps.js'
import { clientIp } from '../../http/client-ip.js'
import { cookieOptions } from '../../http/cookie-options.js'
import { hasErrors } from '../../http/form.js'
import { staffRoute, type StaffRouteDef } from '../staff-access.js'
import type { StaffEnv } from '../staff-env.js'
import { landingFor, safeNext } from '../roles.js'
import { logIn } from './login.service.js'
import { deleteStaffSession, deleteStaffSessions } from './staff-session.repository.js'
import { setStaffCookie, STAFF_COOKIE } from './staff-session.middleware.js'

export const LOGIN_ROUTES = {
  loginPage: { method: 'GET', path: '/staff/login', access: 'public' },
  login: { method: 'POST', path: '/staff/login', access: 'public' },
  logout: { method: 'POST', path: '/staff/logout', access: 'signed_in', duringSetup: true },
  logoutEverywhere: {
    method: 'POST',
    path: '/staff/logout-everywhere',
    access: 'signed_in',
    duringSetup: true,
  },
} as const satisfies Record<string, StaffRouteDef>

const GENERIC = '用户名、密码或动态验证码不正确，或账号已被暂时锁定。'

export function loginRoutes(deps: Deps) {
  const { secure } = cookieOptions(deps.config)
  const app = new Hono<StaffEnv>()
  staffRoute(app, LOGIN_ROUTES.loginPage, (c) => {
    if (c.var.staff) return c.redirect(landingFor(c.var.staff.roles), 303)
    const notice = c.req.query('out') === '1' ? '您已安全退出。' : undefined
    return renderLogin(c, {}, undefined, notice)
  })
  staffRoute(app, LOGIN_ROUTES.login, async (c) => {
    const body = await c.req.parseBody()
    const username = String(body.username ?? '')
    const result = await logIn(deps, {
      username,
      password: String(body.password ?? ''),
      totp: String(body.totp ?? ''),
      ip: clientIp(c, deps),
      previousToken: c.var.staffToken,
    })
    if (!result.ok) {
      // a locked account answers as a wrong password: the status would tell which accounts exist
      c.status(422)
      return renderLogin(c, { username: GENERIC }, username)
    }
    setStaffCookie(c, result.token, secure)
    c.var.renewCsrf()
    return c.redirect(safeNext(c.req.query('next')) ?? landingFor(result.roles), 303)
  })
  staffRoute(app, LOGIN_ROUTES.logout, async (c) => {
    await deleteStaffSession(deps.db, hashToken(c.var.staffToken!))
    await auditSessionEnd(deps, c, 'staff.logout')
    deleteCookie(c, STAFF_COOKIE, { path: '/staff' })
    return c.redirect('/staff/login?out=1', 303)
  })
  staffRoute(app, LOGIN_ROUTES.logoutEverywhere, async (c) => {
    await deleteStaffSessions(deps.db, c.var.staff!.id)
    await auditSessionEnd(deps, c, 'staff.logout_everywhere')
    deleteCookie(c, STAFF_COOKIE, { path: '/staff' })
    return c.redirect('/staff/login?out=1', 303)
  })
  return app
}

function auditSessionEnd(deps: Deps, c: Context<StaffEnv>, action: AuditAction) {
  const staff = c.var.staff!
  return insertAuditEvent(deps.db, {
    actor: { type: 'staff', id: staff.id, roles: staff.roles },
    ip: clientIp(c, deps),
    action,
    object: { type: 'staff_account', id: staff.id },
    result: 'success',
    at: deps.clock.now(),
  })
}

function renderLogin(
  c: Context<StaffEnv>,
  errors: Record<string, string>,
  username?: string,
  notice?: string,
) {
  return c.render(
    <StaffLoginPage
      csrfToken={c.var.csrfToken()}
      username={username}
      next={safeNext(c.req.query('next'))}
      errors={errors}
      notice={notice}
    />,
    { title: '工作人员登录', invalid: hasErrors(errors) },
  )
}
