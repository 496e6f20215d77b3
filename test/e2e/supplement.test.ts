import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { todayInChina } from '../../src/kernel/china-time.js'
import { daysBetween } from '../../src/calendar/calendar-date.js'
import type { Deps } from '../../src/deps.js'
import { requestSupplement } from '../../src/supplements/supplement.service.js'
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
import { applicationIdOf } from '../helpers/applicant.js'
import { servePostally } from '../helpers/service.js'
import { go, submitOnline, writeJourneyFiles } from '../helpers/e2e-journey.js'
import { pdfBytes, pngBytes } from '../helpers/upload-fixtures.js'

const PHONE = { viewport: { width: 390, height: 844 }, locale: 'zh-CN', javaScriptEnabled: true }
const ITEMS = [
  {
    key: 'identity-back',
    label: '身份证反面',
    detail: '请上传身份证背面照片',
    file: '身份证背面.png',
  },
  { key: 'ruling', label: '终结本次执行程序裁定书', file: '终本裁定.pdf' },
]
const INTAKE = { id: '00000000-0000-4000-8000-000000000001', roles: ['intake' as const] }

let server: E2eServer
let deps: Deps
let browser: Browser
let fileDir: string

const stageText = (page: Page) =>
  page.getByRole('heading', { level: 2, name: /^当前状态：/ }).textContent()
const chineseDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number)
  return `${y}年${m}月${d}日`
}

beforeAll(async () => {
  server = await startE2eServer()
  if (!server.deps) throw new Error('startE2eServer() did not expose the server’s deps')
  deps = server.deps
  browser = await launchBrowser()
  fileDir = await fs.mkdtemp(path.join(os.tmpdir(), 'zhijian-e2e-supplement-'))
  await writeJourneyFiles(fileDir)
  await fs.writeFile(path.join(fileDir, ITEMS[0]!.file), pngBytes(32, 24))
  await fs.writeFile(path.join(fileDir, ITEMS[1]!.file), await pdfBytes({ text: 'Ruling' }))
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  if (fileDir) await fs.rm(fileDir, { recursive: true, force: true })
})

describe('补正 on a phone', () => {
  it('staff ask for two items; the applicant uploads both and sends them back', async () => {
    const context = await browser.newContext(PHONE)
    try {
      const page = await context.newPage()
      const problems = watchCspAndAssets(page)
      const code = await submitOnline(page, server.url, fileDir)

      const nav = page.getByRole('navigation', { name: '主导航' })
      await go(page, nav.getByRole('link', { name: '查询进度' }), '/track')
      await page.getByLabel('查询码', { exact: true }).fill(code)
      await page.getByLabel('手机号码后 4 位', { exact: true }).fill('5678')
      await go(page, '查询', '/track/status')
      expect(await stageText(page)).toBe('当前状态：已收件，待受理')

      const applicationId = await applicationIdOf(deps.db, code)
      const { days } = await requestSupplement(deps, {
        applicationId,
        items: ITEMS.map(({ file: _, ...item }) => item),
        staff: { id: INTAKE.id, roles: [...INTAKE.roles] },
      })
      // This applicant did not consent to electronic service: no date until the post delivers.
      await page.reload({ waitUntil: 'load' })
      expect(await page.getByRole('region', { name: '请补充材料' }).textContent()).toContain(
        `补正期限为 ${days} 日，自补正通知书送达您之日起计算`,
      )
      const deadline = await servePostally(deps, applicationId)
      const daysLeft = daysBetween(todayInChina(deps.clock.now()), deadline)
      expect(daysLeft).toBeGreaterThanOrEqual(15)

      await page.reload({ waitUntil: 'load' })
      expect(await stageText(page)).toBe('当前状态：待补正')
      const panel = page.getByRole('region', { name: '请补充材料' })
      const panelText = (await panel.textContent()) ?? ''
      expect(panelText).toContain(`请在 ${chineseDate(deadline)} 前补齐下列全部材料`)
      expect(panelText).toContain(`还有 ${daysLeft} 天`)
      const rows = panel.getByRole('list').first().locator(':scope > li')
      expect(await rows.count()).toBe(2)
      expect(await rows.nth(0).textContent()).toContain('身份证反面：请上传身份证背面照片')
      expect(await rows.nth(1).textContent()).toContain('终结本次执行程序裁定书')
      expect(await panel.getByRole('button', { name: '补正材料已齐全，提交' }).count()).toBe(0)

      const violations = await runAxe(page)
      expect(blockingViolations(violations), formatViolations('补正', violations)).toEqual([])
      const o = await horizontalOverflow(page)
      expect(o.scrollWidth, o.widerThanViewport.join(', ')).toBe(o.innerWidth)

      for (const [n, item] of ITEMS.entries()) {
        await page
          .getByLabel(`选择“${item.label}”文件`)
          .setInputFiles(path.join(fileDir, item.file))
        await go(page, rows.nth(n).getByRole('button', { name: '上传' }), '/track/status')
        expect(await rows.nth(n).textContent()).toContain(`已上传：${item.file}`)
      }
      await saveScreenshot(page, 'track-supplement')

      await go(page, '补正材料已齐全，提交', '/track/status')
      expect(await stageText(page)).toBe('当前状态：已收件，待受理')
      expect(await panel.count()).toBe(0)
      const timeline = await page.locator('ol.timeline > li').allTextContents()
      expect(timeline).toHaveLength(3)
      expect(timeline[1]).toContain('要求补正材料：待补正')
      expect(timeline[1]).toContain(`请自收到补正通知书之日起 ${days} 日内补充以下全部材料`)
      expect(timeline[1]).toContain('2. 终结本次执行程序裁定书')
      expect(timeline[2]).toMatch(/提交补正材料：已收件，待受理$/)
      const materials = page.getByRole('table', { name: '文件编号（用于核对文件没有被改动）' })
      for (const item of ITEMS) expect(await materials.textContent()).toContain(item.file)
      await saveScreenshot(page, 'track-supplement-done')
      expect(problems, 'CSP violations or failed assets').toEqual([])
    } finally {
      await context.close()
    }
  })
})
