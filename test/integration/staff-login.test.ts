import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { currentTotp } from '../../src/staff/auth/totp.js'
import { TestBrowser } from '../helpers/applicant.js'
import { formPost, h1Of } from '../helpers/http.js'
import { createStaff, staffBrowser, TEST_STAFF_PASSWORD } from '../helpers/staff.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-11-26T02:00:00Z') })
})
afterAll(() => t.close())

const errorOf = (html: string) => /<a href="#field-username">([^<]*)<\/a>/.exec(html)?.[1]

async function auditActions(staffId: string): Promise<string[]> {
  const rows = await t.db.db
    .selectFrom('audit_events')
    .select(['action', 'result'])
    .where('object_type', '=', 'staff_account')
    .where('object_id', '=', staffId)
    .orderBy('id')
    .execute()
  return rows.map((r) => `${r.action}:${r.result}`)
}

describe('staff login', () => {
  it('signs in with password and TOTP, rotates the session, and logs out', async () => {
    const staff = await createStaff(t.deps, { roles: ['intake'], totp: true })
    const browser = new TestBrowser(t.app)
    const page = await browser.get('/staff/login')
    expect(h1Of(await page.text())).toBe('工作人员登录')
    const res = await browser.post('/staff/login?next=/staff/account', {
      username: staff.username.toUpperCase(),
      password: TEST_STAFF_PASSWORD,
      totp: currentTotp(staff.totpSecret!, t.clock.now()),
    })
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/staff/account')
    const first = browser.cookies.get('zj_staff')
    expect(first).toMatch(/^[\w-]{43}$/)
    const cookieLine = res.headers.getSetCookie().find((l) => l.startsWith('zj_staff='))!
    expect(cookieLine).toMatch(/HttpOnly/)
    expect(cookieLine).toMatch(/SameSite=Strict/)
    const account = await browser.get('/staff/account')
    expect(account.status).toBe(200)
    expect(account.headers.get('cache-control')).toBe('no-store')
    const html = await account.text()
    expect(html).toContain(staff.displayName)
    expect(html).toContain('已绑定')

    // A second login from the same browser replaces the session; the old token is dead.
    t.clock.advance(31_000)
    await browser.post('/staff/login', {
      username: staff.username,
      password: TEST_STAFF_PASSWORD,
      totp: currentTotp(staff.totpSecret!, t.clock.now()),
    })
    const second = browser.cookies.get('zj_staff')
    expect(second).not.toBe(first)
    const stale = new TestBrowser(t.app)
    stale.cookies.set('zj_staff', first!)
    expect((await stale.get('/staff/account')).headers.get('location')).toBe(
      '/staff/login?next=%2Fstaff%2Faccount',
    )

    const out = await browser.post('/staff/logout', {})
    expect(out.headers.get('location')).toBe('/staff/login?out=1')
    const after = new TestBrowser(t.app)
    after.cookies.set('zj_staff', second!)
    expect((await after.get('/staff/account')).status).toBe(303)
    expect(await auditActions(staff.id)).toEqual([
      'staff.login:success',
      'staff.login:success',
      'staff.logout:success',
    ])
  })

  it('answers a wrong password, a wrong TOTP and an unknown name with the same message', async () => {
    const staff = await createStaff(t.deps, { roles: ['reviewer'], totp: true })
    const browser = new TestBrowser(t.app)
    const code = currentTotp(staff.totpSecret!, t.clock.now())
    const wrongPassword = await browser.post('/staff/login', {
      username: staff.username,
      password: 'not the password at all',
      totp: code,
    })
    const wrongTotp = await browser.post('/staff/login', {
      username: staff.username,
      password: TEST_STAFF_PASSWORD,
      totp: code === '000000' ? '111111' : '000000',
    })
    const missingTotp = await browser.post('/staff/login', {
      username: staff.username,
      password: TEST_STAFF_PASSWORD,
      totp: '',
    })
    const unknown = await browser.post('/staff/login', {
      username: 'nobody-here',
      password: TEST_STAFF_PASSWORD,
      totp: code,
    })
    const messages = await Promise.all(
      [wrongPassword, wrongTotp, missingTotp, unknown].map(async (r) => {
        expect(r.status).toBe(422)
        return errorOf(await r.text())
      }),
    )
    expect(new Set(messages).size).toBe(1)
    expect(messages[0]).toContain('用户名、密码或动态验证码不正确')
    expect(browser.cookies.has('zj_staff')).toBe(false)
    expect(await auditActions(staff.id)).toEqual([
      'staff.login_failed:failure',
      'staff.login_failed:failure',
      'staff.login_failed:failure',
    ])
  })

  it('refuses a TOTP code that was already used', async () => {
    const staff = await createStaff(t.deps, { roles: ['reviewer'], totp: true })
    const code = currentTotp(staff.totpSecret!, t.clock.now())
    const fields = { username: staff.username, password: TEST_STAFF_PASSWORD, totp: code }
    expect((await new TestBrowser(t.app).post('/staff/login', fields)).status).toBe(303)
    expect((await new TestBrowser(t.app).post('/staff/login', fields)).status).toBe(422)
  })

  it('locks the account for 15 minutes after 5 failures, even for the right password', async () => {
    const staff = await createStaff(t.deps, { roles: ['leader'] })
    const browser = new TestBrowser(t.app)
    for (let i = 0; i < 5; i++)
      await browser.post('/staff/login', { username: staff.username, password: 'wrong-password-x' })
    const right = { username: staff.username, password: TEST_STAFF_PASSWORD }
    const refused = await browser.post('/staff/login', right)
    // the same answer as a wrong password, so the lock tells nobody that the account exists
    expect(refused.status).toBe(422)
    expect(errorOf(await refused.text())).toContain('暂时锁定')
    t.clock.advance(14 * 60_000)
    expect((await browser.post('/staff/login', right)).status).toBe(422)
    t.clock.advance(61_000)
    expect((await browser.post('/staff/login', right)).status).toBe(303)
    const row = await t.db.db
      .selectFrom('staff_accounts')
      .select(['failed_logins', 'locked_until'])
      .where('id', '=', staff.id)
      .executeTakeFirstOrThrow()
    expect(row).toEqual({ failed_logins: 0, locked_until: null })
  })

  it('refuses a disabled account with the generic message', async () => {
    const staff = await createStaff(t.deps, { roles: ['intake'] })
    await t.db.db
      .updateTable('staff_accounts')
      .set({ disabled_at: t.clock.now() })
      .where('id', '=', staff.id)
      .execute()
    const res = await new TestBrowser(t.app).post('/staff/login', {
      username: staff.username,
      password: TEST_STAFF_PASSWORD,
    })
    expect(res.status).toBe(422)
  })

  it('ends a session after 30 idle minutes and after 12 hours in any case', async () => {
    const staff = await createStaff(t.deps, { roles: ['intake'] })
    const browser = await staffBrowser(t.app, t.deps, staff)
    expect((await browser.get('/staff/account')).status).toBe(200)
    t.clock.advance(31 * 60_000)
    expect((await browser.get('/staff/account')).headers.get('location')).toMatch(/^\/staff\/login/)

    const busy = await staffBrowser(t.app, t.deps, staff)
    // 24 × 29 minutes = 11 h 36 min, never idle for 30 minutes; the next step passes 12 hours.
    for (let i = 0; i < 24; i++) {
      t.clock.advance(29 * 60_000)
      expect((await busy.get('/staff/account')).status).toBe(200)
    }
    t.clock.advance(29 * 60_000)
    expect((await busy.get('/staff/account')).status).toBe(303)
  })

  it('refuses a POST without the CSRF token and changes nothing', async () => {
    const staff = await createStaff(t.deps, { roles: ['intake'] })
    const res = await t.app.request('/staff/login', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: staff.username, password: TEST_STAFF_PASSWORD }),
    })
    expect(res.status).toBe(403)
    expect(await auditActions(staff.id)).toEqual([])
  })

  it('does not follow a next= link off the staff desk', async () => {
    const staff = await createStaff(t.deps, { roles: ['intake'] })
    const res = await new TestBrowser(t.app).post('/staff/login?next=//evil.example/x', {
      username: staff.username,
      password: TEST_STAFF_PASSWORD,
    })
    expect(res.headers.get('location')).toBe('/staff')
  })
})

describe('the CSRF cookie (F26)', () => {
  it('is renewed at sign-in, so a nonce planted before it is worth nothing after', async () => {
    const staff = await createStaff(t.deps, { roles: ['intake'] })
    const browser = new TestBrowser(t.app)
    const planted = browser.cookies.get('zj_csrf')
    const plantedToken = browser.token
    const res = await browser.post('/staff/login', {
      username: staff.username,
      password: TEST_STAFF_PASSWORD,
    })
    expect(res.status).toBe(303)
    const renewed = browser.cookies.get('zj_csrf')
    expect(renewed).toMatch(/^[\w-]{43}$/)
    expect(renewed).not.toBe(planted)
    // the token that went with the planted nonce no longer passes
    const stale = await t.app.request(
      '/staff/logout',
      formPost(
        { _csrf: plantedToken },
        { cookie: `zj_csrf=${renewed}; zj_staff=${browser.cookies.get('zj_staff')}` },
      ),
    )
    expect(stale.status).toBe(403)
    expect((await browser.post('/staff/logout', {})).headers.get('location')).toBe(
      '/staff/login?out=1',
    )
  })

  it('is named __Host- and Secure over https', async () => {
    const https = await createTestApp({ config: { publicBaseUrl: 'https://zhijian.example.test' } })
    try {
      const res = await https.app.request('/staff/login')
      expect(res.headers.get('set-cookie')).toMatch(
        /^__Host-zj_csrf=[\w-]{43}; Path=\/; HttpOnly; Secure; SameSite=Lax$/,
      )
    } finally {
      await https.close()
    }
  })
})
