import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Deps } from '../../src/deps.js'
import { currentTotp } from '../../src/staff/auth/totp.js'
import {
  blockingViolations,
  formatViolations,
  launchBrowser,
  runAxe,
  startE2eServer,
  watchCspAndAssets,
  type E2eServer,
} from '../helpers/browser.js'
import { createStaff, TEST_STAFF_PASSWORD, type TestStaff } from '../helpers/staff.js'

const DESK = { viewport: { width: 1280, height: 900 }, locale: 'zh-CN' }

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

async function expectAccessible(page: Page, label: string) {
  const blocking = blockingViolations(await runAxe(page))
  expect(blocking, formatViolations(label, blocking)).toEqual([])
}

/** Submits the form whose button has this name and waits for the next page to load. */
async function submit(page: Page, button: string) {
  await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    page.getByRole('button', { name: button, exact: true }).click(),
  ])
}

async function logIn(page: Page, staff: TestStaff, totp?: string) {
  await page.goto(`${server.url}/staff/login`)
  await page.getByLabel('用户名').fill(staff.username)
  await page.getByLabel('密码', { exact: true }).fill(TEST_STAFF_PASSWORD)
  if (totp) await page.getByLabel('动态验证码').fill(totp)
  await submit(page, '登录')
}

/** A TOTP code for a step after `after`, so it is not refused as a replay. */
async function freshCode(secret: string, notBefore: number): Promise<string> {
  while (Math.floor(Date.now() / 30_000) <= notBefore) await new Promise((r) => setTimeout(r, 500))
  return currentTotp(secret, new Date())
}

describe('staff desk in Chromium', () => {
  it('enrols TOTP from the QR page, signs in with it, and every page passes axe', async () => {
    const staff = await createStaff(deps, { roles: ['intake'] })
    const context = await browser.newContext(DESK)
    const page = await context.newPage()
    const problems = watchCspAndAssets(page)

    await page.goto(`${server.url}/staff/login`)
    await expectAccessible(page, '/staff/login')
    await logIn(page, staff)
    await page.goto(`${server.url}/staff/account/totp`)
    expect(await page.locator('.qr-code svg').count()).toBe(1)
    await expectAccessible(page, '/staff/account/totp')
    const secret = (await page.locator('.secret-key').textContent())!.replace(/\s/g, '')
    await page.getByLabel('动态验证码').fill(currentTotp(secret, new Date()))
    const enrolledStep = Math.floor(Date.now() / 30_000)
    await submit(page, '完成绑定')
    expect(new URL(page.url()).pathname).toBe('/staff/account')
    expect(await page.getByRole('status').textContent()).toContain('动态验证码已绑定')
    await expectAccessible(page, '/staff/account')

    await submit(page, '退出')
    expect(new URL(page.url()).pathname).toBe('/staff/login')
    await logIn(page, staff, '000000')
    expect(await page.locator('.error-summary').textContent()).toContain(
      '用户名、密码或动态验证码不正确',
    )
    await expectAccessible(page, '/staff/login with an error')
    await logIn(page, staff, await freshCode(secret, enrolledStep))
    expect(new URL(page.url()).pathname).toBe('/staff')

    await page.goto(`${server.url}/staff/counter`)
    await expectAccessible(page, '/staff/counter')
    expect(problems).toEqual([])
    await context.close()
  })
})
