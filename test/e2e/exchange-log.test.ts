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
import { pdfBytes } from '../helpers/upload-fixtures.js'

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

describe('the exchange log in Chromium at 1280 px', () => {
  it('enters an exchange on paper by its labels and finds it in the log', async () => {
    const staff = await createStaff(deps, {
      roles: ['reviewer'],
      displayName: '李检察',
      totp: true,
    })
    const context = await browser.newContext(DESK)
    const page = await context.newPage()
    const problems = watchCspAndAssets(page)
    await logInStaff(page, server.url, staff)

    await page.goto(`${server.url}/staff/exchange/log`)
    await expectAccessible(page, '/staff/exchange/log (empty)')
    await follow(page, page.getByRole('link', { name: '登记纸质交换' }))
    expect(new URL(page.url()).pathname).toBe('/staff/exchange/log/new')
    await expectAccessible(page, '/staff/exchange/log/new')

    await page.getByLabel('交换日期', { exact: true }).fill('2026-11-02')
    await page.getByLabel('法院→本院（收到法院的清单）').check()
    await page.getByLabel('平顶山市卫东区人民法院').check()
    await page.getByLabel('交换内容').fill('2026年10月执行案件清单')
    await page.getByLabel('交换条数').fill('-3')
    await page.getByLabel('清单扫描件').setInputFiles({
      name: '清单扫描件.pdf',
      mimeType: 'application/pdf',
      buffer: await pdfBytes(),
    })
    await follow(page, '登记')
    expect(await page.locator('.error-summary').textContent()).toContain('交换条数不能是负数')
    await expectAccessible(page, '/staff/exchange/log/new with an error')
    await saveScreenshot(page, 'exchange-log-new')

    // the typed values are kept; a file input never is, so the scan is chosen again
    expect(await page.getByLabel('交换内容').inputValue()).toBe('2026年10月执行案件清单')
    await page.getByLabel('交换条数').fill('316')
    await page.getByLabel('清单扫描件').setInputFiles({
      name: '清单扫描件.pdf',
      mimeType: 'application/pdf',
      buffer: await pdfBytes(),
    })
    await follow(page, '登记')
    expect(new URL(page.url()).pathname).toBe('/staff/exchange/log')
    expect(await page.getByRole('status').textContent()).toContain('已登记这次交换')
    const row = page.getByRole('row', { name: /2026年10月执行案件清单/ })
    await expect.poll(() => row.count()).toBe(1)
    const text = (await row.textContent())!
    expect(text).toContain('2026-11-02')
    expect(text).toContain('法院→本院')
    expect(text).toContain('316')
    expect(text).toContain('清单扫描件.pdf')
    expect(text).toContain('李检察')
    expect(await page.getByTestId('exchange-totals').textContent()).toContain('交换 1 次，316 条')
    await expectAccessible(page, '/staff/exchange/log with an entry')
    await saveScreenshot(page, 'exchange-log')
    await page.goto(`${server.url}/staff/exchange/outgoing`)
    await expectAccessible(page, '/staff/exchange/outgoing')
    await page.getByLabel('开始日期').fill('2026-10-01')
    await page.getByLabel('结束日期').fill('2026-10-31')
    await follow(page, '生成清单')
    expect(await page.getByRole('status').textContent()).toContain('清单已生成，并已记入交换记录')
    await expectAccessible(page, '/staff/exchange/outgoing, list produced')
    await saveScreenshot(page, 'exchange-outgoing')
    expect(problems).toEqual([])
    await context.close()
  })
})
