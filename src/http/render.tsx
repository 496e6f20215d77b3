import type { Context, MiddlewareHandler } from 'hono'
import type { Child } from 'hono/jsx'
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

/**
 * `c.render(<Page/>, { title })` in routes: the page inside the layout, with a doctype, as one
 * string. (hono's jsxRenderer hands c.html() a String object, which @hono/node-server cannot write
 * directly: it builds a web Response and reads its body stream back, a measurable share of a page.)
 */
export function pageRenderer(kit: PageKit): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.setRenderer(async (content, { title }) =>
      c.html(await renderDocument(chromeFor(c, kit), title, content)),
    )
    await next()
  }
}
