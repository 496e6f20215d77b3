import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { todayInChina } from '../../src/shared/china-time.js'
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
import { jpegBytes, pdfBytes, pngBytes } from '../helpers/upload-fixtures.js'
import { SELF_CHECK, STEPS } from '../helpers/e2e-answers.js'

const PHONE = { viewport: { width: 390, height: 844 }, locale: 'zh-CN', javaScriptEnabled: true }
const CODE = /^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/
const FILES = { 身份证明: '身份证正面.jpg', 相关法律文书: '执行裁定书.pdf' }
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

/** Clicks a button or link that loads another page, and waits until that page has loaded. */
async function go(page: Page, target: string | Locator, to: string) {
  const main = page.mainFrame()
  const navigated = page.waitForEvent('framenavigated', { predicate: (f) => f === main })
  const control =
    typeof target === 'string' ? page.getByRole('button', { name: target, exact: true }) : target
  await control.click()
  await navigated
  await page.waitForLoadState('load')
  const errors = await page.locator('.error-summary li').allTextContents()
  expect(new URL(page.url()).pathname, errors.join('; ')).toBe(to)
}

async function answer(page: Page, choices: Record<string, string>, fields: Record<string, string>) {
  for (const [legend, option] of Object.entries(choices))
    await page.getByRole('group', { name: legend }).getByLabel(option).check()
  for (const [label, value] of Object.entries(fields)) {
    const field = page.getByLabel(label)
    if (await field.evaluate((el) => el instanceof HTMLSelectElement))
      await field.selectOption(value)
    else await field.fill(value)
  }
}

async function submitApplication(page: Page): Promise<string> {
  await page.goto(`${server.url}/apply`)
  await answer(page, SELF_CHECK, {})
  await go(page, '检查是否可以申请', '/apply/self-check')
  await go(page, '继续填写申请', '/apply/step/applicant-type')
  for (const [next, choices, fields] of STEPS) {
    await answer(page, choices, fields)
    await go(page, '保存并继续', path.posix.join('/apply/step', next))
  }
  for (const [slot, file] of Object.entries(FILES)) {
    await page.getByLabel(`选择${slot}文件`).setInputFiles(path.join(fileDir, file))
    await go(page, `上传${slot}`, '/apply/materials')
  }
  await page.getByRole('checkbox', { name: '根据我填写的内容生成申请书' }).check()
  await go(page, '保存并继续', '/apply/check')
  await page.getByRole('checkbox', { name: '本人承诺所填信息及所附材料真实' }).check()
  await go(page, '提交申请', '/apply/confirmation')
  const shown = (await page.getByTestId('tracking-code').textContent())?.trim() ?? ''
  expect(shown).toMatch(CODE)
  return shown
}

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
  await fs.writeFile(path.join(fileDir, FILES.身份证明), jpegBytes())
  await fs.writeFile(path.join(fileDir, FILES.相关法律文书), await pdfBytes())
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
      const code = await submitApplication(page)

      const nav = page.getByRole('navigation', { name: '主导航' })
      await go(page, nav.getByRole('link', { name: '查询进度' }), '/track')
      await page.getByLabel('查询码', { exact: true }).fill(code)
      await page.getByLabel('手机号码后 4 位', { exact: true }).fill('5678')
      await go(page, '查询', '/track/status')
      expect(await stageText(page)).toBe('当前状态：已提交，待审查')

      const { id } = await deps.db
        .selectFrom('applications')
        .select('id')
        .where('tracking_code', '=', code.replace(/-/g, ''))
        .executeTakeFirstOrThrow()
      const { deadline } = await requestSupplement(deps, {
        applicationId: id,
        items: ITEMS.map(({ file: _, ...item }) => item),
        staff: { id: INTAKE.id, roles: [...INTAKE.roles] },
      })
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
      expect(await stageText(page)).toBe('当前状态：已提交，待审查')
      expect(await panel.count()).toBe(0)
      const timeline = await page.locator('ol.timeline > li').allTextContents()
      expect(timeline).toHaveLength(3)
      expect(timeline[1]).toContain('要求补正材料：待补正')
      expect(timeline[1]).toContain(`请在 ${chineseDate(deadline)} 前补充以下全部材料`)
      expect(timeline[1]).toContain('2. 终结本次执行程序裁定书')
      expect(timeline[2]).toMatch(/提交补正材料：已提交，待审查$/)
      const materials = page.getByRole('table', { name: '材料及校验值（SHA-256 前 16 位）' })
      for (const item of ITEMS) expect(await materials.textContent()).toContain(item.file)
      await saveScreenshot(page, 'track-supplement-done')
      expect(problems, 'CSP violations or failed assets').toEqual([])
    } finally {
      await context.close()
    }
  })
})
