import fs from 'node:fs/promises'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import type { AxeResults, ImpactValue, Result } from 'axe-core'
import { chromium, type Browser, type Page } from 'playwright-core'
import type { Deps } from '../../src/deps.js'
import { startServer } from '../../src/server.js'
import { testConfig } from './test-app.js'
import { createTestDb } from './test-db.js'

/** Debian's Chromium: `npx playwright install` cannot download browsers on these machines. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  })
}

/** `deps`: the running server's own dependencies, for tests that act as staff in the test process. */
export type E2eServer = { url: string; deps?: Deps; stop(): Promise<void> }

/**
 * The real server on a random port with a database of its own. The server's shutdown closes the
 * dbHandle it was given; the TestDb's close() also drops its PostgreSQL database, so nothing is left.
 */
export async function startE2eServer(): Promise<E2eServer> {
  const config = await testConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' })
  const removeDataDir = () => fs.rm(config.dataDir, { recursive: true, force: true })
  const db = await createTestDb()
  try {
    const server = await startServer(config, { dbHandle: db })
    return {
      url: server.url,
      deps: server.deps,
      stop: async () => {
        await server.shutdown('e2e tests done')
        await removeDataDir()
      },
    }
  } catch (err) {
    await db.close()
    await removeDataDir()
    throw err
  }
}

let axeSource: Promise<string> | undefined

/**
 * Injected through CDP evaluation, which the page's strict Content-Security-Policy does not govern
 * (a <script> tag added to the page would be refused, as it should be).
 */
export async function runAxe(page: Page): Promise<Result[]> {
  axeSource ??= fs.readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
  await page.evaluate(await axeSource)
  const results = await page.evaluate(() => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe
    return axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    })
  })
  return (results as AxeResults).violations
}

const BLOCKING: ImpactValue[] = ['serious', 'critical']

export function blockingViolations(violations: Result[]): Result[] {
  return violations.filter((v) => v.impact != null && BLOCKING.includes(v.impact))
}

/** Every violation with its nodes, so a failing assertion says what to fix and where. */
export function formatViolations(label: string, violations: Result[]): string {
  if (violations.length === 0) return `${label}: no violations`
  const lines = violations.map((v) => {
    const nodes = v.nodes.map((n) => `      ${n.target.join(' ')}  ${n.failureSummary ?? ''}`)
    return [`  [${v.impact ?? 'n/a'}] ${v.id}: ${v.help} (${v.helpUrl})`, ...nodes].join('\n')
  })
  return [`${label}:`, ...lines].join('\n')
}

const RESULTS_DIR = fileURLToPath(new URL('../../test-results/', import.meta.url))

/** Saves a full-page PNG as test-results/<name>.png (the folder is git-ignored) and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await fs.mkdir(RESULTS_DIR, { recursive: true })
  const file = `${RESULTS_DIR}${name}.png`
  await page.screenshot({ path: file, fullPage: true })
  return file
}

export type PlatformFont = { familyName: string; glyphCount: number }

/**
 * The fonts Chromium actually used to draw the text of the first element matching `selector`: a
 * CJK font means Chinese shows as characters, not as empty boxes.
 */
export async function platformFontsFor(page: Page, selector: string): Promise<PlatformFont[]> {
  const cdp = await page.context().newCDPSession(page)
  try {
    await cdp.send('DOM.enable')
    await cdp.send('CSS.enable')
    const { root } = await cdp.send('DOM.getDocument')
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector })
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
    return fonts.map((f) => ({ familyName: f.familyName, glyphCount: f.glyphCount }))
  } finally {
    await cdp.detach()
  }
}

/** Uses the header switch the way a person does, then waits for the page it leads back to. */
export async function switchElderMode(page: Page, on: boolean): Promise<void> {
  const [from, to] = on ? ['长辈模式', '退出长辈模式'] : ['退出长辈模式', '长辈模式']
  await page.getByRole('link', { name: from, exact: true }).click()
  await page.getByRole('link', { name: to, exact: true }).waitFor()
}

export type Overflow = { scrollWidth: number; innerWidth: number; widerThanViewport: string[] }

/**
 * How wide the document is against the viewport, and which elements stick out. Content inside a
 * `.table-wrap` is left out: that box scrolls on its own and does not widen the document.
 */
export function horizontalOverflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const widerThanViewport = [...document.body.querySelectorAll('*')]
      .filter(
        (el) => !el.closest('.table-wrap') && el.getBoundingClientRect().right > innerWidth + 0.5,
      )
      .slice(0, 10)
      .map((el) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className)}` : ''}`)
    const scrollWidth = document.documentElement.scrollWidth
    return { scrollWidth, innerWidth: window.innerWidth, widerThanViewport }
  })
}

export const htmlClass = async (page: Page): Promise<string> =>
  (await page.locator('html').getAttribute('class')) ?? ''

export const bodyFontSize = (page: Page): Promise<number> =>
  page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))

/** What keyboard focus is on: its text, and its address when it is a link. */
export function focusedElement(page: Page): Promise<{ text: string; href: string }> {
  return page.evaluate(() => {
    const el = document.activeElement
    const href = el instanceof HTMLAnchorElement ? el.href : ''
    return { text: el?.textContent?.trim() ?? '', href }
  })
}

/**
 * Collects, from now on, every Content-Security-Policy violation Chromium reports on the console and
 * every /assets/ request that fails or answers with an error status.
 */
export function watchCspAndAssets(page: Page): string[] {
  const problems: string[] = []
  const isAsset = (url: string) => new URL(url).pathname.startsWith('/assets/')
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content.Security.Policy/i.test(m.text())) problems.push(m.text())
  })
  page.on('requestfailed', (r) => {
    // ERR_ABORTED: the test moved to the next page while the icon was still loading; not a fault.
    const error = r.failure()?.errorText ?? ''
    if (isAsset(r.url()) && error !== 'net::ERR_ABORTED') problems.push(`${r.url()}: ${error}`)
  })
  page.on('response', (r) => {
    if (isAsset(r.url()) && r.status() >= 400) problems.push(`${r.url()}: ${r.status()}`)
  })
  return problems
}
