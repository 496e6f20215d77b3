import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
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
import { go, JOURNEY_FILES, submitOnline, writeJourneyFiles } from '../helpers/e2e-journey.js'

const PHONE = { viewport: { width: 390, height: 844 }, locale: 'zh-CN' }
const GENERIC = '查询码或手机号码后 4 位不正确，请核对后重试'

let server: E2eServer
let browser: Browser
let fileDir: string
let code: string

/** One person on a phone with a fresh profile; audit() runs axe-core and the sideways check. */
type Visit = { page: Page; audit: (label: string) => Promise<void> }

async function withVisit<T>(js: boolean, fn: (v: Visit) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ ...PHONE, javaScriptEnabled: js })
  try {
    const page = await context.newPage()
    const problems = watchCspAndAssets(page)
    const report: string[] = []
    let blocking = 0
    const audit = async (label: string) => {
      const violations = await runAxe(page)
      report.push(formatViolations(label, violations))
      blocking += blockingViolations(violations).length
      const o = await horizontalOverflow(page)
      expect(o.scrollWidth, `${label}: ${o.widerThanViewport.join(', ')}`).toBe(o.innerWidth)
    }
    const result = await fn({ page, audit })
    expect(blocking, `axe-core violations:\n${report.join('\n')}`).toBe(0)
    expect(problems, 'CSP violations or failed assets').toEqual([])
    return result
  } finally {
    await context.close()
  }
}

const link = (page: Page, name: string) => page.getByRole('link', { name, exact: true })
const h1Text = (page: Page) => page.getByRole('heading', { level: 1 }).textContent()
const stageText = (page: Page) =>
  page.getByRole('heading', { level: 2, name: /^当前状态：/ }).textContent()
const mainText = async (page: Page) => (await page.locator('main').textContent()) ?? ''

/** Fills in the lookup form and presses 查询; `to` is where the answer lands. */
async function lookUp(page: Page, typed: string, digits: string, to: string) {
  await page.getByLabel('查询码', { exact: true }).fill(typed)
  await page.getByLabel('手机号码后 4 位', { exact: true }).fill(digits)
  await go(page, '查询', to)
}

const navLink = (page: Page) =>
  page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '查询进度' })

beforeAll(async () => {
  server = await startE2eServer()
  browser = await launchBrowser()
  fileDir = await fs.mkdtemp(path.join(os.tmpdir(), 'zhijian-e2e-track-'))
  await writeJourneyFiles(fileDir)
  code = await withVisit(true, ({ page }) => submitOnline(page, server.url, fileDir))
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  if (fileDir) await fs.rm(fileDir, { recursive: true, force: true })
})

describe('tracking progress on a phone', () => {
  it('wrong digits, then looks up, withdraws and logs out; the lost-code page', async () => {
    await withVisit(true, async ({ page, audit }) => {
      await page.goto(`${server.url}/`)
      await go(page, navLink(page), '/track')
      await audit('lookup')
      await lookUp(page, code, '0000', '/track')
      expect(await page.title()).toMatch(/^错误：查询办理进度/)
      const summary = page.getByRole('alert')
      expect(await summary.getByRole('heading').textContent()).toBe('请修改以下问题后再提交')
      expect(await summary.getByRole('link').allTextContents()).toEqual([GENERIC])
      expect(await page.getByLabel('查询码', { exact: true }).inputValue()).toBe(code)
      await audit('lookup with an error')

      await lookUp(page, code.toLowerCase().replace(/-/g, ' '), '5678', '/track/status')
      expect(await h1Text(page)).toBe('办理进度')
      expect(await stageText(page)).toBe('当前状态：已收件，待受理')
      expect(await mainText(page)).toContain(`查询码 ${code}`)
      const table = page.getByRole('table', { name: '文件编号（用于核对文件没有被改动）' })
      for (const [slot, file] of Object.entries(JOURNEY_FILES)) {
        const cells = table.getByRole('row').filter({ hasText: file }).getByRole('cell')
        expect((await cells.allTextContents()).slice(0, 2)).toEqual([slot, file])
        expect(await cells.last().textContent()).toMatch(/^[0-9a-f]{16}$/)
      }
      await saveScreenshot(page, 'track-status')
      await audit('status')

      await go(page, link(page, '撤回申请'), '/track/withdraw')
      expect(await h1Text(page)).toBe('撤回申请')
      await audit('withdraw confirmation')
      await page.getByRole('checkbox', { name: '我确认撤回这件申请' }).check()
      await go(page, '确认撤回', '/track/status')
      expect(await stageText(page)).toBe('当前状态：已撤回')
      const timeline = await page.locator('ol.timeline > li').allTextContents()
      expect(timeline).toHaveLength(2)
      expect(timeline[0]).toContain('提交申请，本院已收到')
      expect(timeline[1]).toMatch(/\d{4}年\d{1,2}月\d{1,2}日.* 撤回申请：已撤回$/)
      expect(await link(page, '撤回申请').count()).toBe(0)
      await saveScreenshot(page, 'track-withdrawn')
      await audit('status after withdrawal')

      await go(page, '退出查询', '/track')
      expect(await h1Text(page)).toBe('查询办理进度')
      await page.goto(`${server.url}/track/status`)
      expect(page.url()).toBe(`${server.url}/track?expired=1`)
      expect(await page.getByRole('status').textContent()).toContain('查询已超时或已退出')

      await go(page, link(page, '忘记查询码？'), '/track/lost')
      expect(await h1Text(page)).toBe('找回查询码')
      for (const label of ['手机号码', '证件号码'])
        expect(await page.getByLabel(label).isEditable()).toBe(true)
      expect(await page.getByRole('button', { name: '发送查询码' }).isVisible()).toBe(true)
      await audit('lost code')
    })
  })

  it('the lookup works with JavaScript disabled', async () => {
    await withVisit(false, async ({ page }) => {
      await page.goto(`${server.url}/`)
      await go(page, navLink(page), '/track')
      await lookUp(page, code.toLowerCase(), '5678', '/track/status')
      expect(await h1Text(page)).toBe('办理进度')
      expect(await stageText(page)).toMatch(/^当前状态：(已收件，待受理|已撤回)$/)
      expect(await mainText(page)).toContain(`查询码 ${code}`)
      await go(page, '退出查询', '/track')
    })
  })
})
