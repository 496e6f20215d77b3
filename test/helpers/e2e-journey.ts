import fs from 'node:fs/promises'
import path from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { expect } from 'vitest'
import { SELF_CHECK, STEPS } from './e2e-answers.js'
import { jpegBytes, pdfBytes } from './upload-fixtures.js'

/** A tracking code as the confirmation page shows it. */
export const TRACKING_CODE = /^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/

/** The files an online journey uploads, by the label of their slot. */
export const JOURNEY_FILES = { 身份证明: '身份证正面.jpg', 相关法律文书: '执行裁定书.pdf' }

/** Writes JOURNEY_FILES (real JPEG and PDF content) into `dir`, for setInputFiles. */
export async function writeJourneyFiles(dir: string): Promise<void> {
  await fs.writeFile(path.join(dir, JOURNEY_FILES.身份证明), jpegBytes())
  await fs.writeFile(path.join(dir, JOURNEY_FILES.相关法律文书), await pdfBytes())
}

/**
 * Clicks a button (by its exact name) or a locator that loads another page, waits until that page
 * has loaded and checks it is `to`; a wrong page reports the error summary it shows.
 */
export async function go(page: Page, target: string | Locator, to: string): Promise<void> {
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

/** Radios and checkboxes by their group's legend; other fields by label (a <select> or a box). */
export async function answer(
  page: Page,
  choices: Record<string, string>,
  fields: Record<string, string>,
): Promise<void> {
  for (const [legend, option] of Object.entries(choices))
    await page.getByRole('group', { name: legend }).getByLabel(option).check()
  for (const [label, value] of Object.entries(fields)) {
    const field = page.getByLabel(label)
    if (await field.evaluate((el) => el instanceof HTMLSelectElement))
      await field.selectOption(value)
    else await field.fill(value)
  }
}

/**
 * The whole online application the way a person makes it: self-check, every step, the two
 * JOURNEY_FILES from `fileDir`, a generated 申请书 and the declaration. Returns the code shown.
 */
export async function submitOnline(page: Page, baseUrl: string, fileDir: string): Promise<string> {
  await page.goto(`${baseUrl}/apply`)
  await answer(page, SELF_CHECK, {})
  await go(page, '检查是否可以申请', '/apply/self-check')
  await go(page, '继续填写申请', '/apply/step/applicant-type')
  for (const [next, choices, fields] of STEPS) {
    await answer(page, choices, fields)
    await go(page, '保存并继续', path.posix.join('/apply/step', next))
  }
  for (const [slot, file] of Object.entries(JOURNEY_FILES)) {
    await page.getByLabel(`选择${slot}文件`).setInputFiles(path.join(fileDir, file))
    await go(page, `上传${slot}`, '/apply/materials')
  }
  await page.getByRole('checkbox', { name: '根据我填写的内容生成申请书' }).check()
  await go(page, '保存并继续', '/apply/check')
  await page.getByRole('checkbox', { name: '本人承诺所填信息及所附材料真实' }).check()
  await go(page, '提交申请', '/apply/confirmation')
  const shown = (await page.getByTestId('tracking-code').textContent())?.trim() ?? ''
  expect(shown).toMatch(TRACKING_CODE)
  return shown
}
