import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../src/app.js'
import type { Deps } from '../../src/deps.js'
import { STAFF_COOKIE } from '../../src/staff/auth/staff-session.middleware.js'
import { applicationIdOf, submitApplication } from '../helpers/applicant.js'
import {
  blockingViolations,
  formatViolations,
  horizontalOverflow,
  launchBrowser,
  runAxe,
  saveScreenshot,
  startE2eServer,
  watchCspAndAssets,
  type E2eServer,
} from '../helpers/browser.js'
import { createStaff, staffBrowser } from '../helpers/staff.js'
import { pdfBytes, pngBytes } from '../helpers/upload-fixtures.js'

let server: E2eServer
let deps: Deps
let browser: Browser
let caseUrl: string
let cookie: string

beforeAll(async () => {
  server = await startE2eServer()
  deps = server.deps!
  browser = await launchBrowser()
  // The application goes in through the same code in this process, sharing the server's database.
  const app = createApp(deps)
  const code = await submitApplication(app, { pdf: await pdfBytes(), png: pngBytes(32, 32) })
  caseUrl = `${server.url}/staff/applications/${await applicationIdOf(deps.db, code)}`
  const staff = await createStaff(deps, { roles: ['intake'], displayName: '王受理' })
  cookie = (await staffBrowser(app, deps, staff)).cookies.get(STAFF_COOKIE)!
}, 60_000)
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

async function signedIn(width: number): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    locale: 'zh-CN',
  })
  const { hostname } = new URL(server.url)
  await context.addCookies([
    { name: STAFF_COOKIE, value: cookie, domain: hostname, path: '/staff' },
  ])
  return { context, page: await context.newPage() }
}

describe('the staff application page in Chromium', () => {
  it('passes axe, fits 360 px, and reveals the ID number with the 显示 button', async () => {
    const { context, page } = await signedIn(360)
    const problems = watchCspAndAssets(page)
    await page.goto(caseUrl)
    await expect.poll(() => page.getByTestId('case-stage').textContent()).toBe('已收件，待受理')
    const violations = blockingViolations(await runAxe(page))
    expect(violations, formatViolations('case page', violations)).toEqual([])
    const overflow = await horizontalOverflow(page)
    expect(overflow.widerThanViewport).toEqual([])
    await saveScreenshot(page, 'staff-case-page-360')

    await page.getByRole('button', { name: '显示 完整证件号码' }).click()
    await page.waitForLoadState('load')
    expect(await page.getByTestId('revealed-id_number').textContent()).toBe('11010519491231002X')
    expect(await page.getByTestId('masked-mobile').textContent()).toBe('138****5678')
    expect(problems).toEqual([])
    await context.close()
  })

  it('opens an image material inline', async () => {
    const { context, page } = await signedIn(1280)
    await page.goto(caseUrl)
    const [view] = await Promise.all([
      page.waitForNavigation(),
      page.getByRole('link', { name: '查看 身份证.png' }).click(),
    ])
    expect(view?.headers()['content-type']).toBe('image/png')
    expect(await page.locator('img').count()).toBe(1)
    await context.close()
  })
})
