import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  blockingViolations,
  bodyFontSize,
  focusedElement,
  formatViolations,
  horizontalOverflow,
  htmlClass,
  launchBrowser,
  platformFontsFor,
  runAxe,
  saveScreenshot,
  startE2eServer,
  switchElderMode,
  watchCspAndAssets,
  type E2eServer,
} from '../helpers/browser.js'

const PAGES = ['/', '/guide', '/privacy']
const MODES = ['standard', 'elder'] as const
type Mode = (typeof MODES)[number]
const PHONE = { viewport: { width: 360, height: 740 } }
const CJK_FONT = /WenQuanYi|Noto Sans CJK|Noto Sans SC|Source Han|Droid Sans Fallback/i

let server: E2eServer
let browser: Browser

beforeAll(async () => {
  server = await startE2eServer()
  browser = await launchBrowser()
})

afterAll(async () => {
  // Browser first: its keep-alive connections would otherwise hold the server's shutdown.
  await browser?.close()
  await server?.stop()
})

/** A fresh browser profile per test: no cookie (so no 长辈模式) and no history carries over. */
async function withPage(fn: (page: Page) => Promise<void>, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({ locale: 'zh-CN', ...options })
  try {
    await fn(await context.newPage())
  } finally {
    await context.close()
  }
}

/** Opens / and, for 长辈模式, turns it on with the header switch; later pages keep the cookie. */
async function openHome(page: Page, mode: Mode): Promise<void> {
  await page.goto(`${server.url}/`)
  if (mode === 'elder') await switchElderMode(page, true)
}

const h1Text = (page: Page) => page.getByRole('heading', { level: 1 }).textContent()

describe('home page', () => {
  it('shows Chinese text drawn with a CJK font, and saves screenshots', async () => {
    await withPage(async (page) => {
      await page.goto(`${server.url}/`)
      const h1 = (await h1Text(page)) ?? ''
      expect(h1).toContain('民事执行监督')
      // Every Han character of the heading drawn with a CJK font: none left to an empty box.
      const fonts = await platformFontsFor(page, 'h1')
      const cjkGlyphs = fonts.filter((f) => CJK_FONT.test(f.familyName)).map((f) => f.glyphCount)
      const hanCount = h1.match(/\p{Script=Han}/gu)?.length
      expect(
        cjkGlyphs.reduce((a, b) => a + b, 0),
        JSON.stringify(fonts),
      ).toBe(hanCount)
      await saveScreenshot(page, 'home')
      await switchElderMode(page, true)
      await saveScreenshot(page, 'home-elder')
    })
    await withPage(async (page) => {
      await page.goto(`${server.url}/`)
      await saveScreenshot(page, 'home-360')
    }, PHONE)
  })

  it('first Tab focuses the skip link; further Tabs reach 开始在线申请', async () => {
    await withPage(async (page) => {
      await page.goto(`${server.url}/`)
      await page.keyboard.press('Tab')
      expect(await focusedElement(page)).toEqual({
        text: '跳到主要内容',
        href: `${server.url}/#main`,
      })
      const box = await page.getByRole('link', { name: '跳到主要内容' }).boundingBox()
      expect(box?.x, 'the focused skip link is on screen').toBeGreaterThanOrEqual(0)
      for (let presses = 1; presses < 15; presses++) {
        if ((await focusedElement(page)).text === '开始在线申请') break
        await page.keyboard.press('Tab')
      }
      expect(await focusedElement(page)).toEqual({
        text: '开始在线申请',
        href: `${server.url}/apply`,
      })
    })
  })

  it('the skip link moves focus to the main content', async () => {
    await withPage(async (page) => {
      await page.goto(`${server.url}/`)
      await page.keyboard.press('Tab')
      await page.keyboard.press('Enter')
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main')
    })
  })
})

describe('accessibility', () => {
  const cases: [Mode, string, BrowserContextOptions][] = [
    ['standard', 'desktop', {}],
    ['elder', 'desktop', {}],
    ['standard', '360 px', PHONE],
    ['elder', '360 px', PHONE],
  ]

  it.each(cases)(
    'axe-core: no serious or critical violation (%s mode, %s)',
    async (mode, _, options) => {
      await withPage(async (page) => {
        await page.goto(`${server.url}/`)
        const standardSize = await bodyFontSize(page)
        await openHome(page, mode)
        const report: string[] = []
        let blocking = 0
        for (const path of PAGES) {
          await page.goto(`${server.url}${path}`)
          expect((await htmlClass(page)).includes('elder-mode')).toBe(mode === 'elder')
          if (mode === 'elder') expect(await bodyFontSize(page)).toBeGreaterThan(standardSize)
          const violations = await runAxe(page)
          report.push(formatViolations(`${mode} ${path}`, violations))
          blocking += blockingViolations(violations).length
        }
        expect(blocking, `axe-core violations:\n${report.join('\n')}`).toBe(0)
      }, options)
    },
  )

  it('长辈模式 switches on and off with JavaScript disabled', async () => {
    await withPage(
      async (page) => {
        await page.goto(`${server.url}/guide`)
        expect(await htmlClass(page)).not.toContain('elder-mode')
        await switchElderMode(page, true)
        expect(await htmlClass(page)).toContain('elder-mode')
        expect(page.url(), 'the switch returns to the page it was used on').toBe(
          `${server.url}/guide`,
        )
        await switchElderMode(page, false)
        expect(await htmlClass(page)).not.toContain('elder-mode')
      },
      { javaScriptEnabled: false },
    )
  })
})

describe('layout', () => {
  it.each(MODES)('at 360 px wide no page scrolls sideways (%s mode)', async (mode) => {
    await withPage(async (page) => {
      await openHome(page, mode)
      const problems: string[] = []
      for (const path of PAGES) {
        await page.goto(`${server.url}${path}`)
        const o = await horizontalOverflow(page)
        if (o.scrollWidth > o.innerWidth) {
          problems.push(
            `${path}: ${o.scrollWidth} > ${o.innerWidth} (${o.widerThanViewport.join(', ')})`,
          )
        }
      }
      expect(problems).toEqual([])
    }, PHONE)
  })

  it('the pages load under the strict CSP with no violation and no failed asset', async () => {
    await withPage(async (page) => {
      const problems = watchCspAndAssets(page)
      for (const mode of MODES) {
        await openHome(page, mode)
        for (const path of PAGES) {
          // networkidle: the icon loads after `load`; leaving earlier would abort it, not fail it.
          const response = await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' })
          expect(response?.headers()['content-security-policy']).toContain("script-src 'self'")
        }
      }
      expect(problems).toEqual([])
    })
  })

  it('an unknown address shows the Chinese 404 page', async () => {
    await withPage(async (page) => {
      const response = await page.goto(`${server.url}/no-such-page`)
      expect(response?.status()).toBe(404)
      expect(await h1Text(page)).toBe('页面不存在')
    })
  })
})
