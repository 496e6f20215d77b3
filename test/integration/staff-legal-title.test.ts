import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { adminSession } from '../helpers/admin.js'
import type { TestBrowser } from '../helpers/applicant.js'
import { auditActionsFor } from '../helpers/audit.js'
import { summaryErrors } from '../helpers/http.js'
import { createStaff, staffBrowser, type TestStaff } from '../helpers/staff.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'

/**
 * 规则 第四十五条: the applicant is told the 姓名、法律职务 of who handles the case. The administrator
 * records each account's 法律职务 (检察官 by default) on the account page.
 */

let t: TestApp
let browser: TestBrowser
let reviewer: TestStaff
beforeAll(async () => {
  t = await createTestApp()
  ;({ browser } = await adminSession(t))
  reviewer = await createStaff(t.deps, { roles: ['reviewer'], displayName: '李检察' })
})
afterAll(() => t.close())

const titleOf = async (id: string) =>
  (
    await t.db.db
      .selectFrom('staff_accounts')
      .select('legal_title')
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
  ).legal_title

describe('法律职务 on the account page', () => {
  it('shows the default, saves a new title and audits the change', async () => {
    const page = await (await browser.get(`/staff/admin/accounts/${reviewer.id}`)).text()
    expect(page).toContain('<dt>法律职务</dt>')
    expect(page).toMatch(/name="legalTitle"[^>]*value="检察官"/)
    const res = await browser.post(`/staff/admin/accounts/${reviewer.id}/legal-title`, {
      legalTitle: ' 一级检察官 ',
    })
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe(
      `/staff/admin/accounts/${reviewer.id}?done=legal_title`,
    )
    expect(await titleOf(reviewer.id)).toBe('一级检察官')
    expect(await auditActionsFor(t.deps, 'staff_account', reviewer.id)).toContain(
      'staff_account.legal_title_change:success',
    )
  })

  it('refuses an empty or overlong title with 422, keeping what was typed, storing nothing', async () => {
    for (const [typed, message] of [
      ['', '请填写法律职务'],
      ['检'.repeat(31), '法律职务应为 2 至 30 个字'],
    ] as const) {
      const res = await browser.post(`/staff/admin/accounts/${reviewer.id}/legal-title`, {
        legalTitle: typed,
      })
      expect(res.status).toBe(422)
      const html = await res.text()
      expect(summaryErrors(html).join()).toContain(message)
      if (typed) expect(html).toContain(`value="${typed}"`)
    }
    expect(await titleOf(reviewer.id)).toBe('一级检察官')
  })

  it('is the administrator’s: a reviewer cannot change it', async () => {
    const own = await staffBrowser(t.app, t.deps, reviewer)
    const res = await own.post(`/staff/admin/accounts/${reviewer.id}/legal-title`, {
      legalTitle: '检察长',
    })
    expect(res.status).toBe(403)
    expect(await titleOf(reviewer.id)).toBe('一级检察官')
  })
})
