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

const STEP_MS = 30_000
/** The last time step used per secret: the server refuses a step at or before the last accepted. */
const lastStep = new Map<string, number>()

/**
 * A code from a time step this account has not used yet, without waiting for the clock: the current
 * step's code, or, when that was used already, the next step's, which the server accepts under its
 * one-step clock-drift allowance (verifyTotp's window). Replay protection is per account, so another
 * account's codes do not count.
 */
export async function freshTotp(secret: string): Promise<string> {
  const step = Math.max(Math.floor(Date.now() / STEP_MS), (lastStep.get(secret) ?? 0) + 1)
  // A third code within one step would be two steps ahead, beyond the drift window: wait instead.
  while (step > Math.floor(Date.now() / STEP_MS) + 1) await new Promise((r) => setTimeout(r, 500))
  lastStep.set(secret, step)
  return currentTotp(secret, new Date(step * STEP_MS))
}

/** Note that this account used the step of `at` elsewhere (e.g. when enrolling). */
export function markTotpUsed(secret: string, at = Date.now()): void {
  lastStep.set(secret, Math.max(lastStep.get(secret) ?? 0, Math.floor(at / STEP_MS)))
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
