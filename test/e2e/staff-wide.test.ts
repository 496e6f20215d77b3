import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../src/app.js'
import type { Deps } from '../../src/deps.js'
import { STAFF_COOKIE } from '../../src/staff/auth/staff-session.middleware.js'
import { applicationIdOf, submitApplication } from '../helpers/applicant.js'
import {
  blockingViolations,
  formatViolations,
  launchBrowser,
  runAxe,
  saveScreenshot,
  startE2eServer,
  type E2eServer,
} from '../helpers/browser.js'
import { insertQueueApplication } from '../helpers/queue-rows.js'
import { createStaff, staffBrowser } from '../helpers/staff.js'
import { pdfBytes, pngBytes } from '../helpers/upload-fixtures.js'

/** The staff desk on a 1920 × 1080 office screen (issue 13): the dense queue and the case page. */
let server: E2eServer
let deps: Deps
let browser: Browser
let cookie: string
let caseUrl: string

beforeAll(async () => {
  server = await startE2eServer()
  deps = server.deps!
  browser = await launchBrowser()
  const app = createApp(deps)
  const code = await submitApplication(app, { pdf: await pdfBytes(), png: pngBytes(32, 32) })
  caseUrl = `${server.url}/staff/applications/${await applicationIdOf(deps.db, code)}`
  // Long values where the review saw rows wrap: an organisation's name, several matters, a 案号.
  for (let i = 0; i < 29; i++)
    await insertQueueApplication(deps.db, {
      applicant_type: i % 3 === 0 ? 'organisation' : 'person',
      applicant_name: i % 3 === 0 ? '平顶山市卫东区某某建筑工程有限责任公司' : '欧阳修文',
      matters: ['消极执行、拖延执行', '执行款物未及时发放', '超标的查封、扣押、冻结财产'],
      case_number: `（2024）豫0403执恢${1000 + i}号之一`,
      flags: i % 4 === 0 ? ['可能重复', '材料不全'] : [],
      next_due: `2026-12-${String(10 + (i % 18)).padStart(2, '0')}`,
    })
  const staff = await createStaff(deps, { roles: ['intake'], displayName: '王受理' })
  cookie = (await staffBrowser(app, deps, staff)).cookies.get(STAFF_COOKIE)!
}, 90_000)
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

async function desk(): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1920, height: 1080 },
    locale: 'zh-CN',
  })
  const { hostname } = new URL(server.url)
  await context.addCookies([
    { name: STAFF_COOKIE, value: cookie, domain: hostname, path: '/staff' },
  ])
  return context.newPage()
}

describe('the staff desk at 1920 × 1080', () => {
  it('fits the queue without sideways scrolling, every key column and 20 rows on the first screen', async () => {
    const page = await desk()
    await page.goto(`${server.url}/staff`)
    const fit = await page.evaluate(() => {
      const wrap = document.querySelector('.queue-table')!.closest('.table-wrap')!
      const headers = [...document.querySelectorAll('.queue-table thead th')].map((th) => {
        const r = th.getBoundingClientRect()
        return { text: th.textContent, visible: r.left >= 0 && r.right <= innerWidth }
      })
      const rows = [...document.querySelectorAll('.queue-table tbody tr')]
      return {
        page: document.documentElement.scrollWidth - innerWidth,
        table: wrap.scrollWidth - wrap.clientWidth,
        headers,
        rows: rows.length,
        onFirstScreen: rows.filter((tr) => tr.getBoundingClientRect().bottom <= innerHeight).length,
      }
    })
    await saveScreenshot(page, 'staff-queue-1920')
    expect(fit.page, 'the page scrolls sideways').toBeLessThanOrEqual(0)
    expect(fit.table, 'the queue table scrolls sideways').toBeLessThanOrEqual(0)
    for (const column of ['查询码', '申请人', '阶段', '承办人', '期限'])
      expect(fit.headers).toContainEqual({ text: column, visible: true })
    expect(fit.rows).toBe(30)
    expect(fit.onFirstScreen).toBeGreaterThanOrEqual(20)
    const violations = blockingViolations(await runAxe(page))
    expect(violations, formatViolations('queue at 1920', violations)).toEqual([])
    await page.context().close()
  })

  it('puts the case page in two columns, and prints it without controls', async () => {
    const page = await desk()
    await page.goto(caseUrl)
    const box = async (selector: string) => (await page.locator(selector).first().boundingBox())!
    const actions = await box('#actions-title')
    const materials = await box('#materials-title')
    expect(actions.x).toBeGreaterThan(materials.x + materials.width)
    expect(Math.abs(actions.y - materials.y)).toBeLessThan(1080)
    await page.emulateMedia({ media: 'print' })
    const printed = await page.evaluate(() => {
      const shown = (el: Element) => getComputedStyle(el).display !== 'none' && !!el.closest('body')
      const visible = (sel: string) =>
        [...document.querySelectorAll(sel)].filter(
          (el) => shown(el) && (el as HTMLElement).offsetParent !== null,
        ).length
      return {
        controls: visible('form, button, .button, input, textarea, select'),
        chrome: visible('.site-header, .site-footer, .site-nav'),
        heading: document.querySelector('.print-only')?.textContent ?? '',
        materials: visible('#materials-title'),
      }
    })
    expect(printed).toMatchObject({ controls: 0, chrome: 0, materials: 1 })
    expect(printed.heading).toContain('王受理 于')
    await saveScreenshot(page, 'staff-case-print')
    await page.context().close()
  })
})
