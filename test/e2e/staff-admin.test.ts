import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Deps } from '../../src/deps.js'
import {
  launchBrowser,
  startE2eServer,
  watchCspAndAssets,
  type E2eServer,
} from '../helpers/browser.js'
import { createStaff } from '../helpers/staff.js'
import { DESK, expectAccessible, follow, logInStaff } from '../helpers/staff-e2e.js'

let server: E2eServer
let deps: Deps
let browser: Browser
beforeAll(async () => {
  server = await startE2eServer()
  deps = server.deps!
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

const pathOf = (page: Page) => new URL(page.url()).pathname

describe('administration and audit pages in Chromium', () => {
  it('an administrator creates an account, edits settings and the calendar; every page passes axe', async () => {
    const admin = await createStaff(deps, { roles: ['admin'] })
    const context = await browser.newContext(DESK)
    const page = await context.newPage()
    const problems = watchCspAndAssets(page)
    await logInStaff(page, server.url, admin)
    expect(pathOf(page)).toBe('/staff/admin/accounts')
    await expectAccessible(page, '/staff/admin/accounts')

    await page.getByRole('link', { name: '新建账号' }).click()
    await page.waitForLoadState('load')
    await follow(page, '创建账号')
    expect(await page.locator('.error-summary').textContent()).toContain('请填写用户名')
    await expectAccessible(page, 'new account with errors')
    await page.getByLabel('用户名').fill('li.na')
    await page.getByLabel('姓名').fill('李娜')
    await page.getByLabel('控告申诉（受理）').check()
    await follow(page, '创建账号')
    expect(await page.getByTestId('one-time-password').textContent()).toMatch(/^\w{20}$/)
    await expectAccessible(page, 'one-time password')
    await page.getByRole('link', { name: '查看该账号' }).click()
    await page.waitForLoadState('load')
    await expectAccessible(page, 'account detail')
    await follow(page, '停用账号')
    expect(await page.getByRole('status').textContent()).toContain('账号已停用')

    await page.getByRole('link', { name: '系统设置' }).click()
    await page.waitForLoadState('load')
    await expectAccessible(page, '/staff/admin/settings')
    await follow(page, '增加一行')
    expect(await page.getByLabel('法院代字').count()).toBe(4)
    await page.getByLabel('默认补正期限（天）').fill('20')
    await follow(page, '保存设置')
    expect(await page.getByRole('status').textContent()).toContain('设置已保存')
    expect(deps.siteSettings.current().supplementPeriodDays).toBe(20)

    await page.getByRole('link', { name: '节假日调整' }).click()
    await page.waitForLoadState('load')
    await page.getByLabel('日期').fill('2031-02-12')
    await page.getByLabel('休息日').check()
    await page.getByLabel('名称').fill('春节')
    await follow(page, '保存调整')
    expect(pathOf(page)).toBe('/staff/admin/calendar')
    expect(await page.locator('table').textContent()).toContain('春节')
    await expectAccessible(page, '/staff/admin/calendar')
    expect(problems).toEqual([])
    await context.close()
  })

  it('an auditor lands on the audit log, filters it and exports CSV', async () => {
    const auditor = await createStaff(deps, { roles: ['auditor'] })
    const context = await browser.newContext({ ...DESK, acceptDownloads: true })
    const page = await context.newPage()
    const problems = watchCspAndAssets(page)
    await logInStaff(page, server.url, auditor)
    expect(pathOf(page)).toBe('/staff/audit')
    await expectAccessible(page, '/staff/audit')
    await page.getByLabel('操作名称（前缀）').fill('staff_account')
    await follow(page, '筛选')
    expect(await page.locator('table').textContent()).toContain('staff_account.create')
    expect(await page.locator('table').textContent()).not.toContain('staff.login')
    await expectAccessible(page, '/staff/audit filtered')
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: '导出符合筛选条件的记录（CSV）' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^audit-\d{4}-\d{2}-\d{2}\.csv$/)
    expect(problems).toEqual([])
    await context.close()
  })
})
