import type { Context, MiddlewareHandler } from 'hono'
import type { Child } from 'hono/jsx'
import {
  raw,
  resolveCallbackSync,
  stringBufferToString,
  type StringBufferWithCallbacks,
} from 'hono/utils/html'
import { Layout, type LayoutChrome } from '../../views/layout.js'
import { staffNavFor, staffNoticesFor } from '../staff/staff-nav.js'
import type { Calendar } from '../calendar/calendar.service.js'
import type { Clock } from '../clock.js'
import type { SiteSettings } from '../site/site-settings.service.js'
import type { AppEnv } from './app-env.js'
import type { AssetUrls } from './static-assets.js'
import { pageForPath } from './return-page.js'
import { contactDetailsIncomplete } from '../site/site-settings.service.js'

declare module 'hono' {
  interface ContextRenderer {
    (content: string | Promise<string>, props: PageProps): Response | Promise<Response>
  }
}

/** What a page gives c.render: its title, and whether it shows a refused form again. */
export type PageProps = { title: string; invalid?: boolean }

/**
 * The document title. A refused form's page says so first ("错误：…"), so the title read out when
 * the page loads tells a screen-reader user that the submission needs correcting.
 */
export function pageTitle({ title, invalid }: PageProps): string {
  return invalid ? `错误：${title}` : title
}

export type PageKit = {
  assets: AssetUrls
  siteSettings: SiteSettings
  calendar: Pick<Calendar, 'coverage'>
  clock: Clock
}

export function chromeFor(c: Context<AppEnv>, kit: PageKit): LayoutChrome {
  // c.get(), not c.var: every c.var read copies all the request's variables into a new object
  const staff = c.get('staff')
  const csrfToken = c.get('csrfToken')
  const site = kit.siteSettings.current()
  return {
    site,
    elderMode: c.get('elderMode') ?? false,
    path: pageForPath(c.req.method, c.req.path),
    cssUrl: kit.assets.url('site.css'),
    iconUrl: kit.assets.url('favicon.svg'),
    staff:
      staff && csrfToken
        ? {
            displayName: staff.displayName,
            nav: staffNavFor(staff.roles),
            notices: staffNoticesFor(staff.roles, kit),
            csrfToken: csrfToken(),
            askForContactDetails: staff.roles.includes('admin') && contactDetailsIncomplete(site),
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
  const body = await renderJsx(
    <Layout {...chrome} title={title}>
      {content}
    </Layout>,
  )
  return `<!DOCTYPE html>${body}`
}

type JsxElement = { toStringToBuffer(buffer: StringBufferWithCallbacks): void }

/**
 * A JSX element as HTML, as hono's `element.toString()` makes it but without the AsyncLocalStorage
 * that `toString()` runs every render in (for useContext across awaits, which no view here uses).
 * On Node 20 the first `AsyncLocalStorage.run()` installs promise hooks for the whole process, and
 * from then on every promise — each query, each middleware step — pays for them: about a fifth of
 * the status page's CPU time. test/unit/render.test.tsx checks the output is the same and that no
 * store is ever entered.
 */
export function renderJsx(element: JsxElement | Child): string | Promise<string> {
  if (!isJsxElement(element)) throw new TypeError('renderJsx takes a JSX element')
  const buffer = [''] as StringBufferWithCallbacks
  element.toStringToBuffer(buffer)
  // the same two endings as hono's toString(): async components leave promises in the buffer
  if (buffer.length > 1) return stringBufferToString(buffer, buffer.callbacks).then(String)
  const html = buffer[0] as string
  return buffer.callbacks ? resolveCallbackSync(raw(html, buffer.callbacks)).toString() : html
}

function isJsxElement(value: unknown): value is JsxElement {
  return typeof (value as Partial<JsxElement> | null)?.toStringToBuffer === 'function'
}

/**
 * `c.render(<Page/>, { title, invalid })` in routes: the page inside the layout, with a doctype, as
 * one string. (hono's jsxRenderer hands c.html() a String object, which @hono/node-server cannot
 * write directly: it builds a web Response and reads its body stream back, a measurable share of a
 * page.)
 */
export function pageRenderer(kit: PageKit): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const renderPage = (content: Child, title: string) =>
      renderDocument(chromeFor(c, kit), title, content)
    c.set('renderPage', renderPage)
    c.setRenderer(async (content, props) => c.html(await renderPage(content, pageTitle(props))))
    await next()
  }
}
