import crypto from 'node:crypto'
import { Hono } from 'hono'
import type { FC } from 'hono/jsx'
import { Layout, type LayoutChrome } from '../../views/layout.js'
import { GuidePage } from '../../views/pages/public/guide.js'
import { HomePage } from '../../views/pages/public/home.js'
import { PrivacyPage } from '../../views/pages/public/privacy.js'
import type { AppEnv } from '../http/app-env.js'
import { setBaseHeader } from '../http/base-headers.js'
import { precompress, sendVariant, type Variants } from '../http/precompressed.js'
import { renderJsx } from '../http/render.js'
import type { AssetUrls } from '../http/static-assets.js'
import type { SiteSettings } from '../site/site-settings.service.js'
import type { SiteView } from '../site/site-view.js'

type PublicPage = { path: string; title: string; Page: FC<{ site: SiteView }> }

export const PUBLIC_PAGES: PublicPage[] = [
  { path: '/', title: '民事执行监督在线申请', Page: HomePage },
  { path: '/guide', title: '申请指南', Page: GuidePage },
  { path: '/privacy', title: '个人信息处理告知', Page: PrivacyPage },
]

/**
 * Kept as UTF-8 bytes (encoding a 10 KB page per request was a measurable share of serving it), and
 * as Brotli and gzip bytes of those: a phone fetches /guide as 5 KB instead of 25 (decision 081).
 */
type Rendered = Variants

/**
 * These pages do not depend on the request, only on the site settings and the display mode. Each
 * variant is rendered once, kept in memory with an ETag, and rendered again only when the settings
 * change. They carry no form and set no cookie, so they are mounted before the form middleware.
 */
export function publicPagesRoutes(siteSettings: SiteSettings, assets: AssetUrls) {
  const cache = new Map<string, Rendered>()

  async function render(page: PublicPage, elderMode: boolean, key: string): Promise<Rendered> {
    const chrome: LayoutChrome = {
      site: siteSettings.current(),
      elderMode,
      path: page.path,
      cssUrl: assets.url('site.css'),
      iconUrl: assets.url('favicon.svg'),
    }
    const body = await renderJsx(
      <Layout {...chrome} title={page.title}>
        <page.Page site={chrome.site} />
      </Layout>,
    )
    const html = `<!DOCTYPE html>${body}`
    const etag = `"${crypto.createHash('sha256').update(html).digest('base64url').slice(0, 27)}"`
    for (const old of cache.keys())
      if (old.startsWith(`${page.path}|${elderMode}|`)) cache.delete(old)
    const rendered = precompress(new Uint8Array(Buffer.from(html, 'utf8')), etag)
    cache.set(key, rendered)
    return rendered
  }

  const app = new Hono<AppEnv>()
  for (const page of PUBLIC_PAGES) {
    app.get(page.path, async (c) => {
      const stale = siteSettings.refreshIfStale()
      if (stale) await stale
      const elderMode = c.get('elderMode')
      const key = `${page.path}|${elderMode}|${siteSettings.version()}`
      const variants = cache.get(key) ?? (await render(page, elderMode, key))
      // straight onto the response, like the security headers (base-headers.ts): cheaper per view
      setBaseHeader(c, 'Cache-Control', 'private, no-cache')
      return sendVariant(c, variants, 'text/html; charset=UTF-8', 'Cookie')
    })
  }
  return app
}
