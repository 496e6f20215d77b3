import type { Context } from 'hono'
import { Hono } from 'hono'
import { AccountDetailPage } from '../../../../views/pages/staff/admin/account-detail.js'
import {
  NewAccountPage,
  OneTimePasswordPage,
} from '../../../../views/pages/staff/admin/account-forms.js'
import { AccountListPage } from '../../../../views/pages/staff/admin/account-list.js'
import { hasErrors, type FormErrors } from '../../../http/form.js'
import type { Deps } from '../../../deps.js'
import { actorOf } from '../../staff-actor.js'
import { AppError } from '../../../errors.js'
import { staffRoute, type StaffRouteDef } from '../../staff-access.js'
import type { StaffEnv } from '../../staff-env.js'
import { ROLE_OPTIONS, toAccountView } from './account-view.js'
import { findStaffAccount, listStaffAccounts } from './staff-admin.repository.js'
import {
  changeStaffAccount,
  createStaffAccount,
  type AccountChange,
} from './staff-admin.service.js'

const BASE = '/staff/admin/accounts'
const ADMIN = ['admin'] as const

export const STAFF_ADMIN_ROUTES = {
  list: { method: 'GET', path: BASE, access: ADMIN },
  newForm: { method: 'GET', path: `${BASE}/new`, access: ADMIN },
  create: { method: 'POST', path: BASE, access: ADMIN },
  detail: { method: 'GET', path: `${BASE}/:accountId`, access: ADMIN },
  roles: { method: 'POST', path: `${BASE}/:accountId/roles`, access: ADMIN },
  disable: { method: 'POST', path: `${BASE}/:accountId/disable`, access: ADMIN },
  enable: { method: 'POST', path: `${BASE}/:accountId/enable`, access: ADMIN },
  passwordReset: { method: 'POST', path: `${BASE}/:accountId/password-reset`, access: ADMIN },
  totpReset: { method: 'POST', path: `${BASE}/:accountId/totp-reset`, access: ADMIN },
} as const satisfies Record<string, StaffRouteDef>

const NOTICES: Record<string, string> = {
  roles: '角色已保存。',
  disable: '账号已停用，此人的登录已全部失效。',
  enable: '账号已重新启用。',
  totp_reset: '动态验证码已重置，此人下次登录后须重新绑定。',
}

export function staffAdminRoutes(deps: Deps) {
  const app = new Hono<StaffEnv>()
  const R = STAFF_ADMIN_ROUTES
  staffRoute(app, R.list, async (c) => {
    const now = deps.clock.now()
    const accounts = (await listStaffAccounts(deps.db)).map((r) => toAccountView(r, now))
    return c.render(<AccountListPage accounts={accounts} />, { title: '账号管理' })
  })
  staffRoute(app, R.newForm, (c) => renderNew(c, {}, {}))
  staffRoute(app, R.create, async (c) => {
    const body = await c.req.parseBody({ all: true })
    const input = {
      username: String(body.username ?? ''),
      displayName: String(body.displayName ?? ''),
      roles: [body.roles ?? []].flat().map(String),
    }
    const result = await createStaffAccount(deps, adminActorOf(deps, c), input)
    if (!result.ok) {
      c.status(422)
      return renderNew(c, input, result.errors)
    }
    // Rendered in answer to the POST rather than after a redirect: the password is kept nowhere.
    return c.render(
      <OneTimePasswordPage
        heading="账号已创建"
        username={result.username}
        displayName={input.displayName.trim()}
        password={result.password}
        accountId={result.id}
      />,
      { title: '账号已创建' },
    )
  })
  staffRoute(app, R.detail, async (c) => renderDetail(deps, c, {}))
  for (const [def, kind] of [
    [R.disable, 'disable'],
    [R.enable, 'enable'],
    [R.totpReset, 'totp_reset'],
    [R.roles, 'roles'],
    [R.passwordReset, 'password_reset'],
  ] as const) {
    staffRoute(app, def, async (c) => {
      const body = await c.req.parseBody({ all: true })
      const roles = [body.roles ?? []].flat().map(String)
      const change: AccountChange = kind === 'roles' ? { kind, roles } : { kind }
      const id = accountIdOf(c)
      const result = await changeStaffAccount(deps, adminActorOf(deps, c), id, change)
      if (!result.ok && 'notFound' in result) throw notFound()
      if (!result.ok) {
        c.status(422)
        return renderDetail(deps, c, { roles: result.error }, kind === 'roles' ? roles : undefined)
      }
      if (result.password) return renderPasswordReset(deps, c, id, result.password)
      return c.redirect(`${BASE}/${id}?done=${kind}`, 303)
    })
  }
  return app
}

function adminActorOf(deps: Deps, c: Context<StaffEnv>) {
  const { staff, ip } = actorOf(c, deps)
  return { type: 'staff' as const, id: staff.id, roles: staff.roles, ip }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

function accountIdOf(c: Context<StaffEnv>): string {
  const id = c.req.param('accountId') ?? ''
  if (!UUID.test(id)) throw notFound()
  return id.toLowerCase()
}

const notFound = () => new AppError(404, 'not_found', '没有找到这个账号。')

function renderNew(c: Context<StaffEnv>, values: Record<string, unknown>, errors: FormErrors) {
  return c.render(
    <NewAccountPage
      csrfToken={c.var.csrfToken()}
      roleOptions={ROLE_OPTIONS}
      values={values}
      errors={errors}
    />,
    { title: '新建账号', invalid: hasErrors(errors) },
  )
}

async function renderDetail(
  deps: Deps,
  c: Context<StaffEnv>,
  errors: FormErrors,
  roleValues?: string[],
) {
  const id = accountIdOf(c)
  const row = await findStaffAccount(deps.db, id)
  if (!row) throw notFound()
  const account = toAccountView(row, deps.clock.now())
  return c.render(
    <AccountDetailPage
      csrfToken={c.var.csrfToken()}
      account={account}
      roleOptions={ROLE_OPTIONS}
      self={id === c.var.staff!.id}
      errors={errors}
      roleValues={roleValues}
      notice={NOTICES[c.req.query('done') ?? '']}
    />,
    { title: `账号 ${account.username}`, invalid: hasErrors(errors) },
  )
}

async function renderPasswordReset(deps: Deps, c: Context<StaffEnv>, id: string, password: string) {
  const row = await findStaffAccount(deps.db, id)
  return c.render(
    <OneTimePasswordPage
      heading="密码已重置"
      username={row!.username}
      displayName={row!.display_name}
      password={password}
      accountId={id}
    />,
    { title: '密码已重置' },
  )
}
