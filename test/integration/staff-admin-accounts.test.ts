import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { adminSession } from '../helpers/admin.js'
import { TestBrowser } from '../helpers/applicant.js'
import { auditActionsFor, auditRowsFor } from '../helpers/audit.js'
import { h1Of, summaryErrors } from '../helpers/http.js'
import { createStaff, signedInStaff, staffBrowser, type TestStaff } from '../helpers/staff.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'

let t: TestApp
let admin: TestStaff
let browser: TestBrowser
beforeAll(async () => {
  t = await createTestApp()
  ;({ staff: admin, browser } = await adminSession(t))
})
afterAll(() => t.close())

const oneTimePassword = (html: string) => /data-testid="one-time-password">(\w+)</.exec(html)?.[1]
async function account(id: string) {
  return t.db.db
    .selectFrom('staff_accounts')
    .select(['username', 'roles', 'disabled_at', 'must_change_password', 'totp_enabled_at'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow()
}

async function sessionCount(id: string) {
  const rows = await t.db.db
    .selectFrom('staff_sessions')
    .select('token_hash')
    .where('staff_id', '=', id)
    .execute()
  return rows.length
}

async function logIn(username: string, password: string) {
  const b = new TestBrowser(t.app)
  const res = await b.post('/staff/login', { username, password, totp: '' })
  return { b, res }
}

describe('admin account management', () => {
  it('lists accounts with roles, TOTP, state and last login', async () => {
    const other = await createStaff(t.deps, { roles: ['intake', 'reviewer'], totp: true })
    const res = await browser.get('/staff/admin/accounts')
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(h1Of(html)).toBe('账号管理')
    expect(html).toContain(`>${other.username}</a>`)
    expect(html).toContain('控告申诉（受理）、民事检察（审查）')
    expect(html).toContain('已绑定')
    expect(html).toContain('从未登录')
    expect(html).toContain('href="/staff/admin/accounts"')
    expect(html).toContain('账号管理</a>')
  })

  it('creates an account, shows its one-time password once, and forces a change at first login', async () => {
    const form = await browser.get('/staff/admin/accounts/new')
    expect(h1Of(await form.text())).toBe('新建账号')
    const res = await browser.post('/staff/admin/accounts', {
      username: 'Wang.Fang',
      displayName: '王芳',
      roles: ['intake', 'leader'],
    })
    expect(res.status).toBe(200)
    const html = await res.text()
    const password = oneTimePassword(html)!
    expect(password).toMatch(/^\w{20}$/)
    const row = await t.db.db
      .selectFrom('staff_accounts')
      .select(['id', 'roles', 'must_change_password', 'password_hash'])
      .where('username', '=', 'wang.fang')
      .executeTakeFirstOrThrow()
    expect(row.roles).toEqual(['intake', 'leader'])
    expect(row.must_change_password).toBe(true)
    expect(row.password_hash).not.toContain(password)
    const audits = await auditRowsFor(t.deps, 'staff_account', row.id)
    expect(audits.map((a) => a.action)).toEqual(['staff_account.create'])
    expect(audits[0]!.actor_id).toBe(admin.id)
    expect(JSON.stringify(audits[0]!.details)).not.toContain(password)
    expect(t.logs.some((l) => JSON.stringify(l).includes(password))).toBe(false)
    // The list never shows it again.
    expect(await (await browser.get('/staff/admin/accounts')).text()).not.toContain(password)

    const { b, res: login } = await logIn('wang.fang', password)
    expect(login.status).toBe(303)
    expect((await b.get('/staff/account')).headers.get('location')).toBe('/staff/account/password')
  })

  it('refuses bad input and a taken username with specific messages, creating nothing', async () => {
    const before = await t.db.db.selectFrom('staff_accounts').select('id').execute()
    const bad = await browser.post('/staff/admin/accounts', { username: '9x', displayName: '' })
    expect(bad.status).toBe(422)
    const html = await bad.text()
    expect(summaryErrors(html)).toEqual([
      '用户名须以英文字母开头，只能包含小写字母、数字、点、下划线或连字符，长度 2 至 32 个字符',
      '请填写姓名',
      '请至少选择一个角色',
    ])
    expect(html).toContain('value="9x"')
    const taken = await browser.post('/staff/admin/accounts', {
      username: admin.username,
      displayName: '重名',
      roles: 'intake',
    })
    expect(taken.status).toBe(422)
    const takenHtml = await taken.text()
    expect(summaryErrors(takenHtml)).toEqual([`用户名“${admin.username}”已被使用，请换一个`])
    expect(takenHtml).toContain('value="重名"')
    const bogusRole = await browser.post('/staff/admin/accounts', {
      username: 'zhao',
      displayName: '赵',
      roles: 'superuser',
    })
    expect(bogusRole.status).toBe(422)
    expect(summaryErrors(await bogusRole.text())).toEqual(['角色不正确，请从列表中选择'])
    const longName = await browser.post('/staff/admin/accounts', {
      username: 'zhou',
      displayName: '名'.repeat(51),
      roles: ['intake', 'intake'],
    })
    expect(longName.status).toBe(422)
    const longHtml = await longName.text()
    expect(summaryErrors(longHtml)).toEqual(['姓名不能超过 50 个字'])
    expect(longHtml).toContain('<title>错误：新建账号 - ')
    expect(longHtml).toContain('value="zhou"')
    expect(await t.db.db.selectFrom('staff_accounts').select('id').execute()).toHaveLength(
      before.length,
    )
  })

  it('disables (ending sessions) and re-enables an account', async () => {
    const other = await createStaff(t.deps, { roles: ['reviewer'] })
    const theirs = await staffBrowser(t.app, t.deps, other)
    expect((await theirs.get('/staff/account')).status).toBe(200)
    const res = await browser.post(`/staff/admin/accounts/${other.id}/disable`, {})
    expect(res.headers.get('location')).toBe(`/staff/admin/accounts/${other.id}?done=disable`)
    expect((await account(other.id)).disabled_at).not.toBeNull()
    expect(await sessionCount(other.id)).toBe(0)
    expect((await theirs.get('/staff/account')).status).toBe(303)
    const page = await (await browser.get(res.headers.get('location')!)).text()
    expect(page).toContain('账号已停用')
    expect(page).toContain('重新启用')
    expect((await logIn(other.username, other.password)).res.status).toBe(422)

    await browser.post(`/staff/admin/accounts/${other.id}/enable`, {})
    expect((await account(other.id)).disabled_at).toBeNull()
    expect((await logIn(other.username, other.password)).res.status).toBe(303)
    expect(await auditActionsFor(t.deps, 'staff_account', other.id)).toEqual([
      'staff_account.disable:success',
      'staff.login_failed:failure',
      'staff_account.enable:success',
      'staff.login:success',
    ])
  })

  it('changes roles, with the old and new roles in the audit row', async () => {
    const other = await createStaff(t.deps, { roles: ['intake'] })
    const res = await browser.post(`/staff/admin/accounts/${other.id}/roles`, {
      roles: ['leader', 'reviewer'],
    })
    expect(res.status).toBe(303)
    expect((await account(other.id)).roles).toEqual(['reviewer', 'leader'])
    const none = await browser.post(`/staff/admin/accounts/${other.id}/roles`, {})
    expect(none.status).toBe(422)
    expect(summaryErrors(await none.text())).toEqual(['请至少选择一个角色'])
    expect((await account(other.id)).roles).toEqual(['reviewer', 'leader'])
    const rows = await auditRowsFor(t.deps, 'staff_account', other.id)
    expect(rows.map((r) => [r.action, r.details])).toEqual([
      ['staff_account.roles_change', { from: ['intake'], to: ['reviewer', 'leader'] }],
    ])
  })

  it('resets a password: new one-time password shown once, sessions ended, change forced', async () => {
    const other = await createStaff(t.deps, { roles: ['leader'] })
    const theirs = await staffBrowser(t.app, t.deps, other)
    const res = await browser.post(`/staff/admin/accounts/${other.id}/password-reset`, {})
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(h1Of(html)).toBe('密码已重置')
    const password = oneTimePassword(html)!
    expect(await sessionCount(other.id)).toBe(0)
    expect((await theirs.get('/staff/account')).status).toBe(303)
    expect((await account(other.id)).must_change_password).toBe(true)
    expect((await logIn(other.username, other.password)).res.status).toBe(422)
    const { b, res: login } = await logIn(other.username, password)
    expect(login.status).toBe(303)
    expect((await b.get('/staff/account')).headers.get('location')).toBe('/staff/account/password')
    const rows = await auditRowsFor(t.deps, 'staff_account', other.id)
    expect(rows[0]!.action).toBe('staff_account.password_reset')
    expect(JSON.stringify(rows)).not.toContain(password)
  })

  it('resets TOTP so the person enrols again', async () => {
    const other = await createStaff(t.deps, { roles: ['intake'], totp: true })
    const res = await browser.post(`/staff/admin/accounts/${other.id}/totp-reset`, {})
    expect(res.status).toBe(303)
    expect((await account(other.id)).totp_enabled_at).toBeNull()
    expect((await logIn(other.username, other.password)).res.status).toBe(303)
    expect(await auditActionsFor(t.deps, 'staff_account', other.id)).toEqual([
      'staff_account.totp_reset:success',
      'staff.login:success',
    ])
  })

  it('never lets an administrator disable themselves or drop their own admin role', async () => {
    const page = await (await browser.get(`/staff/admin/accounts/${admin.id}`)).text()
    expect(page).not.toContain('停用账号')
    const disable = await browser.post(`/staff/admin/accounts/${admin.id}/disable`, {})
    expect(disable.status).toBe(422)
    expect(summaryErrors(await disable.text())).toEqual(['不能停用自己的账号'])
    const roles = await browser.post(`/staff/admin/accounts/${admin.id}/roles`, {
      roles: 'auditor',
    })
    expect(roles.status).toBe(422)
    expect(summaryErrors(await roles.text())).toEqual([
      '不能取消自己的系统管理员角色，请由另一位管理员操作',
    ])
    const row = await account(admin.id)
    expect(row.disabled_at).toBeNull()
    expect(row.roles).toEqual(['admin'])
    expect(await auditActionsFor(t.deps, 'staff_account', admin.id)).toEqual([
      'staff_account.disable:denied',
      'staff_account.roles_change:denied',
    ])
  })

  it('refuses an own account left without roles as dropping the admin role, audited', async () => {
    const other = await createStaff(t.deps, { roles: ['admin'] })
    const theirs = await staffBrowser(t.app, t.deps, other)
    const none = await theirs.post(`/staff/admin/accounts/${other.id}/roles`, {})
    expect(none.status).toBe(422)
    const html = await none.text()
    expect(summaryErrors(html)).toEqual(['不能取消自己的系统管理员角色，请由另一位管理员操作'])
    expect(html).toContain(`<title>错误：账号 ${other.username} - `)
    expect(await auditActionsFor(t.deps, 'staff_account', other.id)).toEqual([
      'staff_account.roles_change:denied',
    ])
  })

  it('answers 404 for an account that does not exist', async () => {
    const missing = '00000000-0000-4000-8000-000000000000'
    const roles = await browser.post(`/staff/admin/accounts/${missing}/roles`, { roles: 'intake' })
    expect(roles.status).toBe(404)
    expect(await roles.text()).toContain('没有找到这个账号。')
    expect((await browser.post(`/staff/admin/accounts/${missing}/disable`, {})).status).toBe(404)
  })

  it.each([
    [['admin'], '/staff/admin/accounts'],
    [['auditor'], '/staff/audit'],
    [['reviewer', 'leader'], '/staff'],
  ] as const)('signs %j in to %s', async (roles, landing) => {
    const staff = await createStaff(t.deps, { roles: [...roles] })
    const { res } = await logIn(staff.username, staff.password)
    expect(res.headers.get('location')).toBe(landing)
  })

  it('answers 404 for an unknown account and 403 for other roles', async () => {
    expect((await browser.get('/staff/admin/accounts/not-a-uuid')).status).toBe(404)
    const missing = '00000000-0000-4000-8000-000000000000'
    expect((await browser.post(`/staff/admin/accounts/${missing}/disable`, {})).status).toBe(404)
    const { browser: auditor } = await signedInStaff(t.app, t.deps, ['auditor'])
    expect((await auditor.get('/staff/admin/accounts')).status).toBe(403)
    expect(await (await auditor.get('/staff/audit')).text()).not.toContain('账号管理</a>')
  })
})
