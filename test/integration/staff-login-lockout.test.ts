import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LOGIN_LOCK } from '../../src/staff/auth/login.service.js'
import { currentTotp } from '../../src/staff/auth/totp.js'
import { csrfPair, CSRF_FIELD, formPost } from '../helpers/http.js'
import { createStaff, TEST_STAFF_PASSWORD, type TestStaff } from '../helpers/staff.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'

/**
 * The sign-in lock under concurrent guesses (docs/decisions/040-staff-sign-in-throttle.md): every
 * attempt is counted before its password is hashed, so a burst gets exactly as many guesses as a
 * patient attacker; a locked account answers exactly like a wrong password; and the lock one address
 * causes holds for that address only. Behind a proxy (TRUST_PROXY), so each request names its
 * address in X-Forwarded-For, the way nginx passes it on.
 */
let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ config: { trustProxy: true, trustProxyHops: 1 } })
})
afterAll(() => t.close())

async function signIn(
  staff: TestStaff,
  ip: string,
  fields: { password?: string; totp?: string } = {},
): Promise<Response> {
  const { cookie, token } = csrfPair()
  const body = {
    [CSRF_FIELD]: token,
    username: staff.username,
    password: fields.password ?? TEST_STAFF_PASSWORD,
    totp: fields.totp ?? '',
  }
  // The client may put anything first; the proxy appends the address it saw.
  return t.app.request(
    '/staff/login',
    formPost(body, { cookie, 'x-forwarded-for': `8.8.8.8, ${ip}` }),
  )
}

async function loginAudit(staff: TestStaff) {
  return t.db.db
    .selectFrom('audit_events')
    .select(['action', 'result', 'ip', 'details'])
    .where('object_type', '=', 'staff_account')
    .where('object_id', '=', staff.id)
    .orderBy('id')
    .execute()
}

const whyCount = (rows: { details: unknown }[], why: string) =>
  rows.filter((r) => (r.details as { why?: string }).why === why).length

const wrong = (i: number) => ({ password: `wrong guess number ${i}` })

describe('30 concurrent wrong guesses', () => {
  it('from one address: exactly five are checked, then that address is locked out', async () => {
    const staff = await createStaff(t.deps, { roles: ['reviewer'] })
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => signIn(staff, '203.0.113.7', wrong(i))),
    )
    expect(answers.map((r) => r.status)).toEqual(Array(30).fill(422))
    const audit = await loginAudit(staff)
    expect(whyCount(audit, 'password')).toBe(LOGIN_LOCK.failures)
    expect(whyCount(audit, 'locked')).toBe(30 - LOGIN_LOCK.failures)
    // The right password from the same address is refused too ...
    expect((await signIn(staff, '203.0.113.7')).status).toBe(422)
    // ... while the owner, elsewhere, is not locked out by someone else's guessing (F25).
    expect((await signIn(staff, '198.51.100.20')).status).toBe(303)
    // The audit log records the address the proxy saw, not the one the client wrote first (F7).
    expect(new Set(audit.map((r) => r.ip))).toEqual(new Set(['203.0.113.7']))
  })

  it('from thirty addresses: the account locks for everyone after exactly the account limit', async () => {
    const staff = await createStaff(t.deps, { roles: ['leader'] })
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => signIn(staff, `192.0.2.${i + 1}`, wrong(i))),
    )
    expect(answers.map((r) => r.status)).toEqual(Array(30).fill(422))
    const audit = await loginAudit(staff)
    expect(whyCount(audit, 'password')).toBe(LOGIN_LOCK.accountFailures)
    expect(whyCount(audit, 'locked')).toBe(30 - LOGIN_LOCK.accountFailures)
    const row = await t.db.db
      .selectFrom('staff_accounts')
      .select(['failed_logins', 'locked_until'])
      .where('id', '=', staff.id)
      .executeTakeFirstOrThrow()
    expect(row.failed_logins).toBe(LOGIN_LOCK.accountFailures)
    expect(row.locked_until).not.toBeNull()
    expect((await signIn(staff, '198.51.100.21')).status).toBe(422)
    t.clock.advance(LOGIN_LOCK.lockMs + 1000)
    expect((await signIn(staff, '198.51.100.21')).status).toBe(303)
  })

  it('with the right password among them: never more than five checked from one address', async () => {
    const staff = await createStaff(t.deps, { roles: ['intake'] })
    const attempts = Array.from({ length: 12 }, (_, i) =>
      signIn(staff, '203.0.113.8', i === 7 ? {} : wrong(i)),
    )
    await Promise.all(attempts)
    const audit = await loginAudit(staff)
    const checked = audit.filter((r) => r.result !== 'denied')
    expect(checked.length).toBe(LOGIN_LOCK.failures)
  })
})

describe('a TOTP code', () => {
  it('signs in once even when four requests carry it at the same moment (F2)', async () => {
    const staff = await createStaff(t.deps, { roles: ['reviewer'], totp: true })
    const totp = currentTotp(staff.totpSecret!, t.clock.now())
    const answers = await Promise.all(
      Array.from({ length: 4 }, (_, i) => signIn(staff, `198.51.100.${40 + i}`, { totp })),
    )
    expect(answers.map((r) => r.status).sort()).toEqual([303, 422, 422, 422])
    const sessions = await t.db.db
      .selectFrom('staff_sessions')
      .select('token_hash')
      .where('staff_id', '=', staff.id)
      .execute()
    expect(sessions).toHaveLength(1)
  })
})

describe('a locked account', () => {
  it('answers exactly like a wrong password: same status, same page apart from tokens (F3)', async () => {
    const staff = await createStaff(t.deps, { roles: ['reviewer'] })
    const page = async (res: Response) => ({
      status: res.status,
      html: (await res.text()).replace(/value="[\w.-]{40,}"/g, 'value="TOKEN"'),
    })
    const wrongOnce = await page(await signIn(staff, '203.0.113.50', wrong(0)))
    for (let i = 1; i < LOGIN_LOCK.failures; i++) await signIn(staff, '203.0.113.50', wrong(i))
    const locked = await page(await signIn(staff, '203.0.113.50'))
    expect(locked).toEqual(wrongOnce)
    expect(locked.status).toBe(422)
    const audit = await loginAudit(staff)
    expect(audit.at(-1)).toMatchObject({ result: 'denied', details: { why: 'locked' } })
  })
})

describe('an unknown username', () => {
  it('is not written to the audit log: it is often a password typed into the wrong field (F27)', async () => {
    const { cookie, token } = csrfPair()
    const typed = "Secret-passw0rd=cmd|' /c calc'!a0"
    const res = await t.app.request(
      '/staff/login',
      formPost({ [CSRF_FIELD]: token, username: typed, password: 'x' }, { cookie }),
    )
    expect(res.status).toBe(422)
    const rows = await t.db.db
      .selectFrom('audit_events')
      .select(['details'])
      .where('action', '=', 'staff.login_failed')
      .execute()
    const unknown = rows.filter((r) => (r.details as { why?: string }).why === 'unknown_username')
    expect(unknown.length).toBeGreaterThan(0)
    expect(JSON.stringify(rows)).not.toContain('Secret-passw0rd')
  })
})
