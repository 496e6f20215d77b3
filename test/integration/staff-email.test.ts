import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signedInStaff } from '../helpers/staff.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const emailOf = async (id: string) =>
  (
    await t.db.db
      .selectFrom('staff_accounts')
      .select('email')
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
  ).email

describe('the digest address on 我的账号', () => {
  it('saves a normalised address, refuses a malformed one, and removes it when emptied', async () => {
    const { staff, browser } = await signedInStaff(t.app, t.deps, ['reviewer'])
    const saved = await browser.post('/staff/account/email', { email: ' Wang.Wu＠Example.CN ' })
    expect(saved.headers.get('location')).toBe('/staff/account?done=email')
    expect(await emailOf(staff.id)).toBe('Wang.Wu@example.cn')
    expect(await (await browser.get('/staff/account?done=email')).text()).toContain(
      '电子邮箱已保存',
    )

    const bad = await browser.post('/staff/account/email', { email: 'not-an-address' })
    expect(bad.status).toBe(422)
    const html = await bad.text()
    expect(html).toContain('电子邮箱格式不正确')
    expect(html).toContain('value="not-an-address"')
    expect(html).toContain('<title>错误：我的账号 - ')
    expect(await emailOf(staff.id)).toBe('Wang.Wu@example.cn')

    await browser.post('/staff/account/email', { email: '' })
    expect(await emailOf(staff.id)).toBeNull()
    const audit = await t.db.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'staff.email_change')
      .where('actor_id', '=', staff.id)
      .execute()
    expect(audit).toHaveLength(2)
    expect(JSON.stringify(audit)).not.toContain('example.cn')
  })
})
