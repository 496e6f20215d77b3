import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../src/app.js'
import type { Deps } from '../../src/deps.js'
import { startReview } from '../../src/review/review-actions.service.js'
import { STAFF_COOKIE } from '../../src/staff/auth/staff-session.middleware.js'
import { changeStage } from '../../src/workflow/stage-change.service.js'
import { submitApplication } from '../helpers/applicant.js'
import {
  blockingViolations,
  formatViolations,
  launchBrowser,
  runAxe,
  startE2eServer,
  watchCspAndAssets,
  type E2eServer,
} from '../helpers/browser.js'
import { compact, pdfText } from '../helpers/pdf-text.js'
import { createStaff, staffBrowser } from '../helpers/staff.js'
import { pdfBytes, pngBytes } from '../helpers/upload-fixtures.js'

/** A reviewer decides 不支持监督申请 in Chromium; the applicant sees it and downloads the notice. */
let server: E2eServer
let deps: Deps
let browser: Browser
let code: string
let caseUrl: string
let cookie: string

beforeAll(async () => {
  server = await startE2eServer()
  deps = server.deps!
  browser = await launchBrowser()
  const app = createApp(deps)
  code = await submitApplication(app, { pdf: await pdfBytes(), png: pngBytes(32, 32) })
  const row = await deps.db
    .selectFrom('applications')
    .select(['id', 'version'])
    .where('tracking_code', '=', code.replace(/-/g, ''))
    .executeTakeFirstOrThrow()
  const intake = await createStaff(deps, { roles: ['intake'] })
  const reviewer = await createStaff(deps, { roles: ['reviewer'], displayName: '李检察' })
  const accepted = await changeStage(deps, {
    applicationId: row.id,
    action: 'accept',
    actor: { type: 'staff', id: intake.id, roles: ['intake'] },
  })
  await startReview(deps, { id: intake.id, roles: ['intake'], ip: null }, row.id, {
    version: accepted.version,
    staffId: reviewer.id,
  })
  caseUrl = `${server.url}/staff/applications/${row.id}`
  cookie = (await staffBrowser(app, deps, reviewer)).cookies.get(STAFF_COOKIE)!
}, 60_000)
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('review decisions in Chromium', () => {
  it('a reviewer decides 不支持监督申请; the applicant sees it and downloads the decision', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'zh-CN',
    })
    const { hostname } = new URL(server.url)
    await context.addCookies([
      { name: STAFF_COOKIE, value: cookie, domain: hostname, path: '/staff' },
    ])
    const page = await context.newPage()
    const problems = watchCspAndAssets(page)
    await page.goto(caseUrl)
    await page.getByRole('link', { name: '作出不支持监督申请决定' }).click()
    await page.waitForLoadState('load')
    const violations = blockingViolations(await runAxe(page))
    expect(violations, formatViolations('decision form', violations)).toEqual([])

    await page.getByRole('button', { name: '作出不支持监督申请决定' }).click()
    await page.waitForLoadState('load')
    expect(await page.getByRole('alert').textContent()).toContain('请填写不支持监督申请的理由')
    await page
      .getByLabel('不支持的理由')
      .fill('经调阅执行卷宗，被执行人名下没有可供执行的财产，法院不存在消极执行。')
    await page
      .getByLabel('释法说理')
      .fill(
        '执行款的发放以实际执行到位的财产为前提，被执行人没有财产时法院无法发放，这不属于执行违法。',
      )
    await page.getByRole('button', { name: '作出不支持监督申请决定' }).click()
    await page.waitForLoadState('load')
    expect(await page.getByTestId('case-stage').textContent()).toBe('不支持监督申请')
    expect(await page.getByRole('status').textContent()).toContain('已作出不支持监督申请决定')
    expect(problems).toEqual([])
    await context.close()

    const applicant = await browser.newContext({ locale: 'zh-CN', acceptDownloads: true })
    const track = await applicant.newPage()
    await track.goto(`${server.url}/track`)
    await track.getByLabel('查询码', { exact: true }).fill(code)
    await track.getByLabel('手机号码后 4 位', { exact: true }).fill('5678')
    await track.getByRole('button', { name: '查询', exact: true }).click()
    await track.waitForLoadState('load')
    const heading = track.getByRole('heading', { level: 2, name: /^当前状态：/ })
    expect(await heading.textContent()).toContain('不支持监督申请')
    expect(await track.locator('main').textContent()).toContain('法院不存在消极执行')
    const [download] = await Promise.all([
      track.waitForEvent('download'),
      track.getByRole('link', { name: /^不支持监督申请决定书/ }).click(),
    ])
    const stream = await download.createReadStream()
    const chunks: Buffer[] = []
    for await (const chunk of stream) chunks.push(chunk as Buffer)
    const text = compact(await pdfText(Buffer.concat(chunks)))
    expect(text).toContain('不支持监督申请决定书')
    expect(text).toContain('这不属于执行违法')
    await applicant.close()
  })
})
