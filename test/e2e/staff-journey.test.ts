import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../src/app.js'
import type { Deps } from '../../src/deps.js'
import { submitApplication } from '../helpers/applicant.js'
import {
  launchBrowser,
  startE2eServer,
  watchCspAndAssets,
  type E2eServer,
} from '../helpers/browser.js'
import { pdfText } from '../helpers/pdf-text.js'
import { createStaff } from '../helpers/staff.js'
import { DESK, expectAccessible, follow as load, logInStaff } from '../helpers/staff-e2e.js'
import { pdfBytes, pngBytes } from '../helpers/upload-fixtures.js'

/**
 * Issue 5's journey in Chromium: intake signs in with TOTP, finds the new application in the queue
 * and asks for 补正; the applicant supplements on a phone; intake accepts; a reviewer takes the case
 * and decides 不支持监督申请; the applicant sees the decision and downloads the notice.
 */
const PHONE = { viewport: { width: 390, height: 844 }, locale: 'zh-CN' }

let server: E2eServer
let deps: Deps
let browser: Browser
let fileDir: string
const contexts: BrowserContext[] = []
const problems: string[][] = []

beforeAll(async () => {
  server = await startE2eServer()
  deps = server.deps!
  browser = await launchBrowser()
  fileDir = await fs.mkdtemp(path.join(os.tmpdir(), 'zhijian-e2e-staff-'))
  await fs.writeFile(path.join(fileDir, '证据.pdf'), await pdfBytes({ text: 'Evidence' }))
})
afterAll(async () => {
  for (const c of contexts) await c.close()
  await browser?.close()
  await server?.stop()
  if (fileDir) await fs.rm(fileDir, { recursive: true, force: true })
})

async function newPage(options: object): Promise<Page> {
  const context = await browser.newContext(options)
  contexts.push(context)
  const page = await context.newPage()
  problems.push(watchCspAndAssets(page))
  return page
}

/** Loads the next page and checks it shows no form errors. */
async function follow(page: Page, target: string | ReturnType<Page['locator']>) {
  await load(page, target)
  const errors = await page.locator('.error-summary li').allTextContents()
  expect(errors, `errors on ${page.url()}`).toEqual([])
}

const caseStage = (page: Page) => page.getByTestId('case-stage').textContent()
const applicantStage = (page: Page) =>
  page.getByRole('heading', { level: 2, name: /^当前状态：/ }).textContent()

async function openAction(page: Page, label: string) {
  await follow(page, page.getByRole('link', { name: label, exact: true }))
}

describe('the staff desk journey', () => {
  it('补正 → 受理 → 不支持监督申请, with the applicant following on a phone', async () => {
    const code = await submitApplication(createApp(deps), {
      pdf: await pdfBytes(),
      png: pngBytes(),
    })
    const intake = await createStaff(deps, { roles: ['intake'], totp: true })
    const reviewer = await createStaff(deps, {
      roles: ['reviewer'],
      totp: true,
      displayName: '李检察官',
    })

    // Intake finds the application through the queue's search and asks for 补正.
    const desk = await newPage(DESK)
    await logInStaff(desk, server.url, intake)
    expect(new URL(desk.url()).pathname).toBe('/staff')
    await expectAccessible(desk, '/staff')
    await desk.getByText('搜索和筛选', { exact: true }).click() // folded while unused
    await desk.getByLabel('搜索').fill(code.toLowerCase())
    await follow(desk, '筛选')
    await follow(desk, desk.getByRole('link', { name: code }))
    await expectAccessible(desk, 'application page')
    await openAction(desk, '要求补正材料')
    await expectAccessible(desk, 'request_supplement form')
    await desk.getByRole('checkbox', { name: '证据材料及证据清单' }).check()
    // Every numbered notice is previewed first (decision 104); the preview passes axe too.
    await follow(desk, '预览补正通知书')
    expect(await desk.getByRole('heading', { name: '预览：补正通知书' }).isVisible()).toBe(true)
    await expectAccessible(desk, 'request_supplement preview')
    await follow(desk, '发出补正通知')
    expect(await caseStage(desk)).toBe('待补正')

    // The applicant sees the list on a phone, uploads and sends it back.
    const phone = await newPage(PHONE)
    await phone.goto(`${server.url}/track`)
    await phone.getByLabel('查询码', { exact: true }).fill(code)
    await phone.getByLabel('手机号码后 4 位', { exact: true }).fill('5678')
    await follow(phone, '查询')
    expect(await applicantStage(phone)).toBe('当前状态：待补正')
    await phone
      .getByLabel('选择“证据材料及证据清单”文件')
      .setInputFiles(path.join(fileDir, '证据.pdf'))
    await follow(phone, '上传')
    await follow(phone, '补正材料已齐全，提交')
    expect(await applicantStage(phone)).toBe('当前状态：已收件，待受理')

    // Intake accepts: 受理通知书.
    await desk.reload()
    expect(await caseStage(desk)).toBe('已收件，待受理')
    await openAction(desk, '受理')
    await follow(desk, '预览受理通知书')
    await follow(desk, '受理并发出受理通知书')
    expect(await caseStage(desk)).toBe('已受理')
    const caseUrl = desk.url()

    // A reviewer takes the case and decides 不支持监督申请.
    const review = await newPage(DESK)
    await logInStaff(review, server.url, reviewer)
    await review.goto(caseUrl)
    await openAction(review, '分派承办检察官并开始审查')
    await expectAccessible(review, 'start_review form')
    await review.getByLabel('承办检察官').selectOption({ label: '李检察官' })
    await follow(review, '分派并开始审查')
    expect(await caseStage(review)).toBe('审查中')
    await openAction(review, '作出不支持监督申请决定')
    await expectAccessible(review, 'decide_not_supported form')
    await review
      .getByLabel('不支持的理由')
      .fill('经审查，执行法院已依法对被执行人财产采取查封措施并持续推进执行，未发现违法情形。')
    await review
      .getByLabel('释法说理')
      .fill(
        '执行案件的进度受被执行人财产状况影响，法院已采取措施，不属于消极执行。您可以继续关注执行进展，发现新的财产线索可以向执行法院提供。',
      )
    await follow(review, '预览不支持监督申请决定书')
    await follow(review, '作出不支持监督申请决定')
    expect(await caseStage(review)).toBe('不支持监督申请')

    // The applicant sees the decision and downloads the 决定书.
    await phone.reload()
    expect(await applicantStage(phone)).toBe('当前状态：不支持监督申请')
    await expectAccessible(phone, '/track/status after the decision')
    const link = phone.getByRole('link', { name: /不支持监督申请决定书/ })
    const [download] = await Promise.all([phone.waitForEvent('download'), link.click()])
    const file = await download.path()
    const text = (await pdfText(new Uint8Array(await fs.readFile(file)))).replace(/\s/g, '')
    expect(text).toContain('不支持监督申请决定书')
    expect(text).toContain(code)
    expect(problems.flat()).toEqual([])
  })
})
