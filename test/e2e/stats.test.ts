import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Deps } from '../../src/deps.js'
import { insertExchangeLogEntry } from '../../src/exchange/log/exchange-log.repository.js'
import {
  launchBrowser,
  startE2eServer,
  watchCspAndAssets,
  type E2eServer,
} from '../helpers/browser.js'
import { createStaff } from '../helpers/staff.js'
import { DESK, follow, logInStaff } from '../helpers/staff-e2e.js'

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

describe('/staff/stats in Chromium', () => {
  it('shows the leader a figure by its label and draws the charts', async () => {
    const leader = await createStaff(deps, { roles: ['leader'], totp: true })
    // two exchanges in the log, as an import or the paper form would write them
    for (const [day, n] of [
      ['2026-03-02', 120],
      ['2026-06-01', 30],
    ] as const)
      await insertExchangeLogEntry(deps.db, {
        exchanged_on: day,
        direction: 'from_court',
        source: 'paper',
        counterpart: '平顶山市卫东区人民法院',
        content: '执行案件清单',
        item_count: n,
        handled_by: leader.id,
        recorded_at: new Date(),
      })
    const context = await browser.newContext(DESK)
    const page = await context.newPage()
    const problems = watchCspAndAssets(page)
    await logInStaff(page, server.url, leader)
    await page.goto(`${server.url}/staff/stats`)
    await page.getByLabel('统计期间').selectOption('year')
    await page.getByLabel('年度').fill('2026')
    await follow(page, '统计')

    const row = page.getByRole('row', { name: /^交换信息条数/ })
    expect(await row.getByRole('cell').first().textContent()).toBe('150')
    const chart = page.getByRole('img', { name: /^2026年各月申请与办理情况/ })
    const box = await chart.boundingBox()
    expect(box?.width).toBeGreaterThan(300)
    expect(box?.height).toBeGreaterThan(150)
    expect(await page.locator('svg[role="img"]').count()).toBeGreaterThanOrEqual(4)
    expect(problems).toEqual([])
    await context.close()
  })
})
