import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Deps } from '../../src/deps.js'
import {
  launchBrowser,
  saveScreenshot,
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

describe('the 检察建议 register in Chromium at 1280 px', () => {
  it('drafts a 类案 检察建议, a leader approves it, service is recorded, and it is listed', async () => {
    const reviewer = await createStaff(deps, {
      roles: ['reviewer'],
      displayName: '李检察',
      totp: true,
    })
    const leader = await createStaff(deps, {
      roles: ['leader'],
      displayName: '赵检察长',
      totp: true,
    })
    const context = await browser.newContext(DESK)
    const page = await context.newPage()
    const problems = watchCspAndAssets(page)
    await logInStaff(page, server.url, reviewer)
    await page.goto(`${server.url}/staff/recommendations`)
    await expectAccessible(page, '/staff/recommendations (empty)')
    await follow(page, page.getByRole('link', { name: '登记检察建议' }))
    await expectAccessible(page, '/staff/recommendations/new')
    await page.getByLabel('类案检察建议', { exact: true }).check()
    await follow(page, '保存并提交院领导审批')
    expect(await page.locator('.error-summary').textContent()).toContain('请填写所涉执行案件的案号')
    await expectAccessible(page, '/staff/recommendations/new with errors')
    await page
      .getByLabel('接收检察建议的同级人民法院')
      .selectOption({ label: '平顶山市卫东区人民法院' })
    await page
      .getByLabel('所涉执行案件的案号')
      .fill('（2025）豫0403执1234号\n（2025）豫0403执1301号')
    await page
      .getByLabel('审查认定的违法情形或者存在的问题')
      .fill('两起案件中均存在查封财产后超过一年未处置、未告知申请执行人的情形。')
    await page
      .getByLabel('检察建议的内容')
      .fill('建议该院清理查封后长期未处置的财产，依法及时处置。')
    await page.getByLabel('法律依据').fill('《人民检察院民事诉讼监督规则》第一百一十七条')
    await follow(page, '保存并提交院领导审批')
    expect(await page.getByRole('status').textContent()).toContain('等待院领导审批')
    const draftUrl = page.url()
    await context.close()

    const lead = await browser.newContext(DESK)
    const leaderPage = await lead.newPage()
    await logInStaff(leaderPage, server.url, leader)
    await leaderPage.goto(draftUrl)
    await expectAccessible(leaderPage, '/staff/recommendations/:id (draft)')
    await leaderPage.getByLabel('批准提出检察建议（同时编号）').check()
    await follow(leaderPage, '提交审批意见')
    expect(await leaderPage.getByRole('heading', { level: 1 }).textContent()).toMatch(
      /检察建议 卫东检民执监建议〔\d{4}〕1号/,
    )
    await leaderPage.getByLabel('法院收到检察建议书的日期').fill('2026-01-01')
    await follow(leaderPage, '登记送达')
    expect(await leaderPage.locator('.error-summary').textContent()).toContain('请选择送达方式')
    await expectAccessible(leaderPage, '/staff/recommendations/:id with an error')
    await leaderPage.goto(`${server.url}/staff/recommendations?view=awaiting_service`)
    const row = leaderPage.getByRole('row', { name: /卫东检民执监建议/ })
    await expect.poll(() => row.count()).toBe(1)
    expect(await row.textContent()).toContain('待送达法院')
    await expectAccessible(leaderPage, '/staff/recommendations?view=awaiting_service')
    await saveScreenshot(leaderPage, 'recommendation-register')
    expect(problems).toEqual([])
    await lead.close()
  })
})
