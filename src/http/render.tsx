import type { Context } from 'hono'
import type { Child } from 'hono/jsx'
import { jsxRenderer } from 'hono/jsx-renderer'
import { Layout, type LayoutChrome } from '../../views/layout.js'
import { staffNavFor } from '../staff/staff-nav.js'
import type { SiteSettings } from '../site/site-settings.service.js'
import type { AppEnv } from './app-env.js'
import type { AssetUrls } from './static-assets.js'

declare module 'hono' {
  interface ContextRenderer {
    (content: string | Promise<string>, props: { title: string }): Response | Promise<Response>
  }
}

export type PageKit = { assets: AssetUrls; siteSettings: SiteSettings }

export function chromeFor(c: Context<AppEnv>, kit: PageKit): LayoutChrome {
  return {
    site: kit.siteSettings.current(),
    elderMode: c.var.elderMode ?? false,
    path: c.req.path,
    cssUrl: kit.assets.url('site.css'),
    iconUrl: kit.assets.url('favicon.svg'),
    staff:
      c.var.staff && c.var.csrfToken
        ? {
            displayName: c.var.staff.displayName,
            nav: staffNavFor(c.var.staff.roles),
            csrfToken: c.var.csrfToken(),
          }
        : undefined,
  }
}

/** A whole HTML document in the one layout; used where the renderer middleware may not have run. */
export async function renderDocument(
  chrome: LayoutChrome,
  title: string,
  content: Child,
): Promise<string> {
  const body = await (
    <Layout {...chrome} title={title}>
      {content}
    </Layout>
  ).toString()
  return `<!DOCTYPE html>${body}`
}

/** `c.render(<Page/>, { title })` in routes: the page inside the layout, with a doctype. */
export function pageRenderer(kit: PageKit) {
  return jsxRenderer<AppEnv>(
    ({ children, title }, c) => (
      <Layout {...chromeFor(c as Context<AppEnv>, kit)} title={title}>
        {children}
      </Layout>
    ),
    { docType: true },
  )
}
