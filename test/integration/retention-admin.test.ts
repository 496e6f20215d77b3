import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TestBrowser } from '../helpers/applicant.js'
import { createStaff, staffBrowser } from '../helpers/staff.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'

/** The retention periods page (issue 18 item 4): admin only, checked input, the privacy page follows. */
let t: TestApp
let admin: TestBrowser

beforeAll(async () => {
  t = await createTestApp()
  admin = await staffBrowser(t.app, t.deps, await createStaff(t.deps, { roles: ['admin'] }))
})
afterAll(() => t.close())

const periods = () => t.db.db.selectFrom('retention_periods').selectAll().execute()

describe('the retention periods page', () => {
  it('shows each period with its default, basis and the next 30 days', async () => {
    const page = await (await admin.get('/staff/admin/retention')).text()
    expect(page).toContain('未来 30 日将清除')
    expect(page).toContain('补正逾期视为撤回的申请')
    expect(page).toContain('（未核实）')
    expect(page).toContain('网络安全法')
  })

  it('refuses other roles', async () => {
    const leader = await staffBrowser(
      t.app,
      t.deps,
      await createStaff(t.deps, { roles: ['leader'] }),
    )
    expect((await leader.get('/staff/admin/retention')).status).toBe(403)
    const post = await leader.post('/staff/admin/retention', { kind: 'withdrawn', months: '3' })
    expect(post.status).toBe(403)
    expect(await periods()).toEqual([])
  })

  it.each([
    [{ kind: 'withdrawn', months: 'abc' }, '保存期限请填写 1 至 1200 之间的整数（月）'],
    [{ kind: 'withdrawn', months: '0' }, '保存期限请填写 1 至 1200 之间的整数（月）'],
    [{ kind: 'nothing', months: '3' }, '没有这个保存期限，请刷新页面后重试'],
    [{ kind: 'access_logs', months: '3' }, '至少保存 6 个月'],
  ])('answers %j with 422 in Chinese and changes nothing', async (fields, message) => {
    const response = await admin.post('/staff/admin/retention', fields)
    expect(response.status).toBe(422)
    expect(await response.text()).toContain(message)
    expect(await periods()).toEqual([])
  })

  it('saves a period, audits it, and the privacy page states it', async () => {
    const before = await (await new TestBrowser(t.app).get('/privacy')).text()
    expect(before).toContain('受理前撤回的申请：自撤回之日起 6 个月')
    const saved = await admin.post('/staff/admin/retention', { kind: 'withdrawn', months: '18' })
    expect(saved.status).toBe(303)
    expect(await periods()).toMatchObject([{ kind: 'withdrawn', months: 18 }])
    const audit = await t.db.db
      .selectFrom('audit_events')
      .select(['object_id', 'details'])
      .where('action', '=', 'settings.retention')
      .execute()
    expect(audit).toMatchObject([{ object_id: 'withdrawn', details: { months: 18 } }])
    const after = await (await new TestBrowser(t.app).get('/privacy')).text()
    expect(after).toContain('受理前撤回的申请：自撤回之日起 1 年 6 个月')
  })
})
