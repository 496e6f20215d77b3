import type { Context } from 'hono'
import { Hono } from 'hono'
import { AccountDetailPage } from '../../../../views/pages/staff/admin/account-detail.js'
import {
  NewAccountPage,
  OneTimePasswordPage,
  type NewAccountProps,
} from '../../../../views/pages/staff/admin/account-forms.js'
import { AccountListPage } from '../../../../views/pages/staff/admin/account-list.js'
import { hasErrors, parseForm, type FormErrors } from '../../../http/form.js'
import type { Deps } from '../../../deps.js'
import { actorOf } from '../../staff-actor.js'
import { NotFound } from '../../../errors.js'
import { isUuid } from '../../../kernel/ids.js'
import { staffRoute, type StaffRouteDef } from '../../staff-access.js'
import type { StaffEnv } from '../../staff-env.js'
import { ROLE_OPTIONS, toAccountView } from './account-view.js'
import { findStaffAccount, listStaffAccounts } from './staff-admin.repository.js'
import { LegalTitleSchema, NewAccountSchema, RolesSchema } from './staff-admin.schema.js'
import {
  changeStaffAccount,
  createStaffAccount,
  ownAccountRefusal,
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
  legalTitle: { method: 'POST', path: `${BASE}/:accountId/legal-title`, access: ADMIN },
  disable: { method: 'POST', path: `${BASE}/:accountId/disable`, access: ADMIN },
  enable: { method: 'POST', path: `${BASE}/:accountId/enable`, access: ADMIN },
  passwordReset: { method: 'POST', path: `${BASE}/:accountId/password-reset`, access: ADMIN },
  totpReset: { method: 'POST', path: `${BASE}/:accountId/totp-reset`, access: ADMIN },
} as const satisfies Record<string, StaffRouteDef>

const NOTICES: Record<string, string> = {
  roles: '角色已保存。',
  legal_title: '法律职务已保存，申请人查询进度时看到的是新的法律职务。',
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
    const parsed = parseForm(NewAccountSchema, body)
    if (!parsed.ok) return refuseNew(c, body, parsed.form.errors)
    const result = await createStaffAccount(deps, adminActorOf(deps, c), parsed.data)
    if (!result.ok) return refuseNew(c, body, result.errors)
    // Rendered in answer to the POST rather than after a redirect: the password is kept nowhere.
    return c.render(
      <OneTimePasswordPage
        heading="账号已创建"
        username={result.username}
        displayName={parsed.data.displayName}
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
    [R.legalTitle, 'legal_title'],
    [R.passwordReset, 'password_reset'],
  ] as const) {
    staffRoute(app, def, (c) => changeAccount(deps, c, kind))
  }
  return app
}

/**
 * A change to an account from its page: refused first for the administrator's own account (as an
 * access rule would be, and audited), then the roles are checked, then the change is made.
 */
async function changeAccount(deps: Deps, c: Context<StaffEnv>, kind: AccountChange['kind']) {
  const id = accountIdOf(c)
  const actor = adminActorOf(deps, c)
  const body = await c.req.parseBody({ all: true })
  const ticked = kind === 'roles' ? typedValues(body).roles : undefined
  const refuse = (errors: FormErrors) => {
    c.status(422)
    const title = kind === 'legal_title' ? String(body.legalTitle ?? '') : undefined
    return renderDetail(deps, c, errors, ticked, title)
  }
  const refusal = await ownAccountRefusal(deps, actor, id, { kind, roles: ticked })
  if (refusal) return refuse({ roles: refusal })
  const asked = changeOf(kind, body)
  if (!asked.ok) return refuse(asked.errors)
  const { password } = await changeStaffAccount(deps, actor, id, asked.change)
  if (password) return renderPasswordReset(deps, c, id, password)
  return c.redirect(`${BASE}/${id}?done=${kind}`, 303)
}

function changeOf(
  kind: AccountChange['kind'],
  body: Record<string, unknown>,
): { ok: true; change: AccountChange } | { ok: false; errors: FormErrors } {
  if (kind === 'legal_title') {
    const title = parseForm(LegalTitleSchema, body)
    if (!title.ok) return { ok: false, errors: title.form.errors }
    return { ok: true, change: { kind, legalTitle: title.data.legalTitle } }
  }
  if (kind !== 'roles') return { ok: true, change: { kind } }
  const parsed = parseForm(RolesSchema, body)
  if (!parsed.ok) return { ok: false, errors: parsed.form.errors }
  return { ok: true, change: { kind, roles: parsed.data.roles } }
}

function refuseNew(c: Context<StaffEnv>, body: Record<string, unknown>, errors: FormErrors) {
  c.status(422)
  return renderNew(c, typedValues(body), errors)
}

/** The new-account form as typed, in the shape its page shows again. */
function typedValues(body: Record<string, unknown>) {
  return {
    username: String(body.username ?? ''),
    displayName: String(body.displayName ?? ''),
    roles: [body.roles ?? []].flat().map(String),
  }
}

function adminActorOf(deps: Deps, c: Context<StaffEnv>) {
  const { staff, ip } = actorOf(c, deps)
  return { type: 'staff' as const, id: staff.id, roles: staff.roles, ip }
}

function accountIdOf(c: Context<StaffEnv>): string {
  const id = (c.req.param('accountId') ?? '').toLowerCase()
  if (!isUuid(id)) throw notFound()
  return id
}

const notFound = () => new NotFound('没有找到这个账号。')

function renderNew(c: Context<StaffEnv>, values: NewAccountProps['values'], errors: FormErrors) {
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
  legalTitleValue?: string,
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
      legalTitleValue={legalTitleValue}
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
