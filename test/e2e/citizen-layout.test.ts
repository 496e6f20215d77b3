import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  launchBrowser,
  startE2eServer,
  switchElderMode,
  type E2eServer,
} from '../helpers/browser.js'
import { submitOnline, writeJourneyFiles } from '../helpers/e2e-journey.js'

// Issue 13's layout claims, measured at 360 × 740 in both modes: every choice label on the line of
// its button, the first question within the first screen, the 查询码 on one line.
const PHONE = { width: 360, height: 740 }
const MODES = ['standard', 'elder'] as const

let server: E2eServer
let browser: Browser
let fileDir: string
beforeAll(async () => {
  server = await startE2eServer()
  browser = await launchBrowser()
  fileDir = await fs.mkdtemp(path.join(os.tmpdir(), 'zhijian-e2e-layout-'))
  await writeJourneyFiles(fileDir)
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
  if (fileDir) await fs.rm(fileDir, { recursive: true, force: true })
})

async function phonePage(mode: (typeof MODES)[number]): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: PHONE })
  const page = await context.newPage()
  await page.goto(`${server.url}/`)
  if (mode === 'elder') await switchElderMode(page, true)
  return page
}

/** Every radio/checkbox whose label does not start on its button's line, right of it. */
function looseChoices(page: Page) {
  return page.$$eval('.choice', (choices) =>
    choices.flatMap((choice) => {
      const input = choice.querySelector('input')!.getBoundingClientRect()
      const label = choice.querySelector('label')!.getBoundingClientRect()
      const beside = label.left >= input.right && label.top < input.bottom
      return beside
        ? []
        : [`${choice.textContent?.slice(0, 20)} ${JSON.stringify({ input, label })}`]
    }),
  )
}

/** The smallest height of a choice's label (its target), in CSS pixels. */
const smallestChoice = (page: Page) =>
  page.$$eval('.choice label', (labels) =>
    Math.min(...labels.map((l) => l.getBoundingClientRect().height)),
  )

const topOf = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => el.getBoundingClientRect().top)

describe.each(MODES)('citizen pages at 360 × 740, %s mode', (mode) => {
  it('keeps every choice label beside its button, with targets of 44 px (60 px in 长辈模式)', async () => {
    const page = await phonePage(mode)
    await page.goto(`${server.url}/apply`)
    expect(await page.locator('.choice').count()).toBeGreaterThan(15)
    expect(await looseChoices(page)).toEqual([])
    expect(await smallestChoice(page)).toBeGreaterThanOrEqual(mode === 'elder' ? 60 : 44)
    await page.context().close()
  })

  it('puts the first question of /apply and the first field of /track on the first screen', async () => {
    const page = await phonePage(mode)
    await page.goto(`${server.url}/apply`)
    expect(await topOf(page, '.choice input')).toBeLessThan(PHONE.height)
    await page.goto(`${server.url}/track`)
    expect(await topOf(page, 'input.input')).toBeLessThan(PHONE.height)
    await page.context().close()
  })
})

describe('the confirmation page in 长辈模式 at 360 px', () => {
  it('shows the 查询码 on one line', async () => {
    const page = await phonePage('elder')
    await submitOnline(page, server.url, fileDir)
    const code = page.getByTestId('tracking-code')
    const lines = await code.evaluate((el) => {
      const range = document.createRange()
      range.selectNodeContents(el)
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size
    })
    expect(lines).toBe(1)
    const box = (await code.boundingBox())!
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width)
    await page.context().close()
  }, 240_000)
})
