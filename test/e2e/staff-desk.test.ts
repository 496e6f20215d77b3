import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Deps } from '../../src/deps.js'
import { currentTotp } from '../../src/staff/auth/totp.js'
import {
  launchBrowser,
  startE2eServer,
  watchCspAndAssets,
  type E2eServer,
} from '../helpers/browser.js'
import { createStaff } from '../helpers/staff.js'
import {
  DESK,
  expectAccessible,
  follow,
  freshTotp,
  logInStaff,
  markTotpUsed,
} from '../helpers/staff-e2e.js'

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

describe('staff desk in Chromium', () => {
  it('enrols TOTP from the QR page, signs in with it, and every page passes axe', async () => {
    const staff = await createStaff(deps, { roles: ['intake'] })
    const context = await browser.newContext(DESK)
    const page = await context.newPage()
    const problems = watchCspAndAssets(page)

    await page.goto(`${server.url}/staff/login`)
    await expectAccessible(page, '/staff/login')
    await logInStaff(page, server.url, staff)
    await page.goto(`${server.url}/staff/account/totp`)
    expect(await page.locator('.qr-code svg').count()).toBe(1)
    await expectAccessible(page, '/staff/account/totp')
    const secret = (await page.locator('.secret-key').textContent())!.replace(/\s/g, '')
    const enrolledAt = Date.now()
    await page.getByLabel('动态验证码').fill(currentTotp(secret, new Date(enrolledAt)))
    markTotpUsed(secret, enrolledAt)
    await follow(page, '完成绑定')
    expect(new URL(page.url()).pathname).toBe('/staff/account')
    expect(await page.getByRole('status').textContent()).toContain('动态验证码已绑定')
    await expectAccessible(page, '/staff/account')

    await follow(page, '退出')
    expect(new URL(page.url()).pathname).toBe('/staff/login')
    await logInStaff(page, server.url, staff, '000000')
    expect(await page.locator('.error-summary').textContent()).toContain(
      '用户名、密码或动态验证码不正确',
    )
    await expectAccessible(page, '/staff/login with an error')
    await logInStaff(page, server.url, staff, await freshTotp(secret))
    expect(new URL(page.url()).pathname).toBe('/staff')

    await page.goto(`${server.url}/staff/counter`)
    await expectAccessible(page, '/staff/counter')
    expect(problems).toEqual([])
    await context.close()
  })
})
