import type { Locator, Page } from 'playwright-core'
import { expect } from 'vitest'
import { currentTotp } from '../../src/staff/auth/totp.js'
import { blockingViolations, formatViolations, runAxe } from './browser.js'
import { TEST_STAFF_PASSWORD, type TestStaff } from './staff.js'

/** A desktop browser window, as the staff desk is used. */
export const DESK = { viewport: { width: 1280, height: 900 }, locale: 'zh-CN' }

/** axe-core finds no serious or critical violation on the page as it is now. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const blocking = blockingViolations(await runAxe(page))
  expect(blocking, formatViolations(label, blocking)).toEqual([])
}

/** Clicks a button (by its exact name) or a locator, and waits for the page it loads. */
export async function follow(page: Page, target: string | Locator): Promise<void> {
  const control =
    typeof target === 'string' ? page.getByRole('button', { name: target, exact: true }) : target
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), control.click()])
}

let lastStep = 0
/** A TOTP code from a time step not used yet in this run (a code is accepted once). */
export async function freshTotp(secret: string): Promise<string> {
  while (Math.floor(Date.now() / 30_000) <= lastStep) await new Promise((r) => setTimeout(r, 500))
  lastStep = Math.floor(Date.now() / 30_000)
  return currentTotp(secret, new Date())
}

/** Note that this step was used elsewhere (e.g. when enrolling), so the next code is fresh. */
export function markTotpUsed(at = Date.now()): void {
  lastStep = Math.max(lastStep, Math.floor(at / 30_000))
}

/** Signs in through the form; with a code when given, or a fresh one when the account has TOTP. */
export async function logInStaff(
  page: Page,
  baseUrl: string,
  staff: TestStaff,
  code?: string,
): Promise<void> {
  await page.goto(`${baseUrl}/staff/login`)
  await page.getByLabel('用户名').fill(staff.username)
  await page.getByLabel('密码', { exact: true }).fill(TEST_STAFF_PASSWORD)
  const totp = code ?? (staff.totpSecret ? await freshTotp(staff.totpSecret) : undefined)
  if (totp) await page.getByLabel('动态验证码').fill(totp)
  await follow(page, '登录')
}
