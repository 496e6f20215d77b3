import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { currentTotp } from '../../src/staff/auth/totp.js'
import { TestBrowser } from '../helpers/applicant.js'
import { auditActionsFor } from '../helpers/audit.js'
import { h1Of, summaryErrors } from '../helpers/http.js'
import { createStaff, staffBrowser, TEST_STAFF_PASSWORD } from '../helpers/staff.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const NEW_PASSWORD = 'Lantern river 1987 autumn'

describe('forced password change at first login', () => {
  it('sends every other staff page to the password page until the password is changed', async () => {
    const staff = await createStaff(t.deps, { roles: ['admin'], mustChangePassword: true })
    const browser = await staffBrowser(t.app, t.deps, staff)
    const other = await staffBrowser(t.app, t.deps, staff)
    for (const path of ['/staff/account', '/staff/admin/accounts', '/staff/admin/settings']) {
      const res = await browser.get(path)
      expect(res.status, path).toBe(303)
      expect(res.headers.get('location'), path).toBe('/staff/account/password')
    }
    const blocked = await browser.post('/staff/admin/accounts', { username: 'x' })
    expect(blocked.headers.get('location')).toBe('/staff/account/password')
    const page = await (await browser.get('/staff/account/password')).text()
    expect(h1Of(page)).toBe('修改密码')
    expect(page).toContain('这是您第一次登录，或密码已被管理员重置')

    const common = await browser.post('/staff/account/password', {
      current: TEST_STAFF_PASSWORD,
      password: 'qwertyuiop',
      confirm: 'qwertyuiop',
    })
    expect(common.status).toBe(422)
    expect(summaryErrors(await common.text())).toEqual(['这个密码过于常见，容易被猜到，请换一个'])
    const mismatch = await browser.post('/staff/account/password', {
      current: TEST_STAFF_PASSWORD,
      password: NEW_PASSWORD,
      confirm: `${NEW_PASSWORD}!`,
    })
    expect(mismatch.status).toBe(422)
    expect(summaryErrors(await mismatch.text())).toEqual(['两次输入的新密码不一致'])
    const wrong = await browser.post('/staff/account/password', {
      current: 'not my password at all',
      password: NEW_PASSWORD,
      confirm: NEW_PASSWORD,
    })
    expect(summaryErrors(await wrong.text())).toEqual(['当前密码不正确'])
    expect((await browser.get('/staff/account')).status).toBe(303)

    const ok = await browser.post('/staff/account/password', {
      current: TEST_STAFF_PASSWORD,
      password: NEW_PASSWORD,
      confirm: NEW_PASSWORD,
    })
    expect(ok.headers.get('location')).toBe('/staff/account?done=password')
    const account = await browser.get('/staff/account?done=password')
    expect(account.status).toBe(200)
    expect(await account.text()).toContain('新密码已保存。其他设备上的登录已全部退出。')
    expect((await browser.get('/staff/admin/accounts')).status).toBe(200)
    // The other session ended; this one stayed.
    expect((await other.get('/staff/account')).headers.get('location')).toMatch(/^\/staff\/login/)
    const login = await new TestBrowser(t.app).post('/staff/login', {
      username: staff.username,
      password: NEW_PASSWORD,
      totp: '',
    })
    expect(login.status).toBe(303)
    expect(await auditActionsFor(t.deps, 'staff_account', staff.id)).toEqual([
      'staff.password_change:failure',
      'staff.password_change:failure',
      'staff.password_change:failure',
      'staff.password_change:success',
      'staff.login:success',
    ])
  })
})

describe('own password change', () => {
  it('names a wrong current password and a refused new one together, and audits the attempt', async () => {
    const staff = await createStaff(t.deps, { roles: ['intake'] })
    const browser = await staffBrowser(t.app, t.deps, staff)
    const res = await browser.post('/staff/account/password', {
      current: 'not my password at all',
      password: 'short',
      confirm: 'different',
    })
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('<title>错误：修改密码 - ')
    expect(summaryErrors(html)).toEqual([
      '当前密码不正确',
      '密码至少需要 10 个字符',
      '两次输入的新密码不一致',
    ])
    expect(await auditActionsFor(t.deps, 'staff_account', staff.id)).toEqual([
      'staff.password_change:failure',
    ])
  })

  it('counts wrong current passwords with failed logins, so a session cannot guess the password', async () => {
    const staff = await createStaff(t.deps, { roles: ['intake'] })
    const browser = await staffBrowser(t.app, t.deps, staff)
    const attempt = (current: string) =>
      browser.post('/staff/account/password', {
        current,
        password: NEW_PASSWORD,
        confirm: NEW_PASSWORD,
      })
    for (let i = 0; i < 5; i++) expect((await attempt(`guess number ${i}`)).status).toBe(422)
    const locked = await attempt(TEST_STAFF_PASSWORD)
    expect(locked.status).toBe(422)
    expect(summaryErrors(await locked.text())).toEqual(['密码输错次数过多，请 15 分钟后再试'])
    const login = await new TestBrowser(t.app).post('/staff/login', {
      username: staff.username,
      password: TEST_STAFF_PASSWORD,
      totp: '',
    })
    expect(login.status).toBe(422)
    t.clock.advance(15 * 60_000 + 1000)
    const again = await staffBrowser(t.app, t.deps, staff)
    const ok = await again.post('/staff/account/password', {
      current: TEST_STAFF_PASSWORD,
      password: NEW_PASSWORD,
      confirm: NEW_PASSWORD,
    })
    expect(ok.status).toBe(303)
    const audit = await auditActionsFor(t.deps, 'staff_account', staff.id)
    expect(audit.filter((a) => a.startsWith('staff.password_change'))).toEqual([
      ...Array(5).fill('staff.password_change:failure'),
      'staff.password_change:denied',
      'staff.password_change:success',
    ])
  })
})

describe('TOTP enrolment', () => {
  const keyOf = (html: string) =>
    /<code class="secret-key">([A-Z2-7 ]+)<\/code>/.exec(html)?.[1]?.replace(/ /g, '')

  it('shows a QR code and key, keeps the key after a wrong code, then login needs a code', async () => {
    const staff = await createStaff(t.deps, { roles: ['reviewer'] })
    const browser = await staffBrowser(t.app, t.deps, staff)
    const page = await (await browser.get('/staff/account/totp')).text()
    expect(h1Of(page)).toBe('绑定动态验证码')
    expect(page).toMatch(/<svg[^>]*>[\s\S]*<\/svg>/)
    const key = keyOf(page)!
    expect(key).toMatch(/^[A-Z2-7]{32}$/)

    const later = new Date(t.clock.now().getTime() + 10 * 60_000)
    const wrong = await browser.post('/staff/account/totp', { code: currentTotp(key, later) })
    expect(wrong.status).toBe(422)
    const wrongHtml = await wrong.text()
    expect(summaryErrors(wrongHtml)).toEqual([
      '动态验证码不正确，请核对手机时间后输入应用中当前显示的 6 位数字',
    ])
    expect(keyOf(wrongHtml)).toBe(key)

    const ok = await browser.post('/staff/account/totp', { code: currentTotp(key, t.clock.now()) })
    expect(ok.headers.get('location')).toBe('/staff/account?done=totp')
    const account = await (await browser.get('/staff/account?done=totp')).text()
    expect(account).toContain('已绑定')

    t.clock.advance(30_000)
    const login = (totp: string) =>
      new TestBrowser(t.app).post('/staff/login', {
        username: staff.username,
        password: TEST_STAFF_PASSWORD,
        totp,
      })
    expect((await login('')).status).toBe(422)
    expect((await login(currentTotp(key, t.clock.now()))).status).toBe(303)
    expect(await auditActionsFor(t.deps, 'staff_account', staff.id)).toEqual([
      'staff.totp_enrol:failure',
      'staff.totp_enrol:success',
      'staff.login_failed:failure',
      'staff.login:success',
    ])
  })

  it('a stale form (no secret pending) is refused without enabling anything', async () => {
    const staff = await createStaff(t.deps, { roles: ['intake'] })
    const browser = await staffBrowser(t.app, t.deps, staff)
    const res = await browser.post('/staff/account/totp', { code: '123456' })
    expect(res.status).toBe(422)
    expect(summaryErrors(await res.text())).toEqual(['绑定页面已过期，请扫描新的二维码后重新输入'])
  })
})

describe('replacing a bound authenticator (F4)', () => {
  const keyOf = (html: string) =>
    /<code class="secret-key">([A-Z2-7 ]+)<\/code>/.exec(html)?.[1]?.replace(/ /g, '')

  it('needs the password and a code from the current authenticator, not just the session', async () => {
    const staff = await createStaff(t.deps, { roles: ['leader'], totp: true })
    const browser = await staffBrowser(t.app, t.deps, staff)
    const page = await (await browser.get('/staff/account/totp')).text()
    expect(page).toContain('原验证器中的动态验证码')
    const key = keyOf(page)!
    const now = () => t.clock.now()
    const attempt = (fields: Record<string, string>) =>
      browser.post('/staff/account/totp', { code: currentTotp(key, now()), ...fields })

    // a stolen session alone, a wrong password, a wrong old code: refused alike, nothing changes
    const refused: Record<string, string>[] = [
      {},
      { current: 'not the password', currentCode: currentTotp(staff.totpSecret!, now()) },
      { current: TEST_STAFF_PASSWORD, currentCode: currentTotp(key, now()) },
    ]
    for (const fields of refused) {
      const res = await attempt(fields)
      expect(res.status).toBe(422)
      const html = await res.text()
      expect(summaryErrors(html)).toEqual(['当前密码或原动态验证码不正确'])
      expect(keyOf(html)).toBe(key)
    }
    const row = await t.db.db
      .selectFrom('staff_accounts')
      .select(['failed_logins', 'totp_secret_encrypted'])
      .where('id', '=', staff.id)
      .executeTakeFirstOrThrow()
    expect(row.failed_logins).toBe(2) // the empty password and the wrong one
    expect(t.deps.fieldCrypto.decrypt(Buffer.from(row.totp_secret_encrypted!, 'base64'))).toBe(
      staff.totpSecret,
    )

    const ok = await attempt({
      current: TEST_STAFF_PASSWORD,
      currentCode: currentTotp(staff.totpSecret!, now()),
    })
    expect(ok.headers.get('location')).toBe('/staff/account?done=totp')
    t.clock.advance(30_000)
    const login = (secret: string) =>
      new TestBrowser(t.app).post('/staff/login', {
        username: staff.username,
        password: TEST_STAFF_PASSWORD,
        totp: currentTotp(secret, now()),
      })
    expect((await login(staff.totpSecret!)).status).toBe(422)
    expect((await login(key)).status).toBe(303)
    expect(await auditActionsFor(t.deps, 'staff_account', staff.id)).toEqual([
      ...Array(3).fill('staff.totp_enrol:denied'),
      'staff.totp_enrol:success',
      'staff.login_failed:failure',
      'staff.login:success',
    ])
  })
})

describe('in production', () => {
  let prod: TestApp
  beforeAll(async () => {
    prod = await createTestApp({ config: { env: 'production' } })
  })
  afterAll(() => prod.close())

  it('sends an account without TOTP to enrol from every other page', async () => {
    const staff = await createStaff(prod.deps, { roles: ['admin'] })
    const browser = await staffBrowser(prod.app, prod.deps, staff)
    for (const path of ['/staff/account', '/staff/admin/accounts', '/staff/audit']) {
      const res = await browser.get(path)
      expect(res.headers.get('location'), path).toBe('/staff/account/totp')
    }
    const page = await (await browser.get('/staff/account/totp')).text()
    expect(page).toContain('按照安全要求，工作人员登录必须使用动态验证码')
    const key = /<code class="secret-key">([A-Z2-7 ]+)<\/code>/.exec(page)![1]!.replace(/ /g, '')
    await browser.post('/staff/account/totp', { code: currentTotp(key, prod.clock.now()) })
    expect((await browser.get('/staff/admin/accounts')).status).toBe(200)
  })

  it('asks for the password change first, then TOTP', async () => {
    const staff = await createStaff(prod.deps, { roles: ['intake'], mustChangePassword: true })
    const browser = await staffBrowser(prod.app, prod.deps, staff)
    expect((await browser.get('/staff/account')).headers.get('location')).toBe(
      '/staff/account/password',
    )
    await browser.post('/staff/account/password', {
      current: TEST_STAFF_PASSWORD,
      password: NEW_PASSWORD,
      confirm: NEW_PASSWORD,
    })
    expect((await browser.get('/staff/account')).headers.get('location')).toBe(
      '/staff/account/totp',
    )
  })
})
