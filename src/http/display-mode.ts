import type { Context } from 'hono'
import { Hono } from 'hono'
import { getCookie, setCookie } from 'hono/cookie'
import type { AppEnv } from './app-env.js'

export const DISPLAY_COOKIE = 'zj_display'
const ONE_YEAR_SECONDS = 365 * 24 * 3600

export function isElderMode(c: Context): boolean {
  return getCookie(c, DISPLAY_COOKIE) === 'elder'
}

/** Only same-site paths: the switch must never become an open redirect. */
export function safeReturnPath(value: string | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return '/'
  return value
}

/**
 * 长辈模式 switch. A plain link, so it works without JavaScript on every page, including the
 * pre-rendered ones that carry no form token. It only sets a display preference in the visitor's own
 * browser; no server state changes, which is why a GET is acceptable here.
 */
export function displayModeRoutes(options: { secureCookie: boolean }) {
  return new Hono<AppEnv>().get('/', (c) => {
    const mode = c.req.query('mode') === 'elder' ? 'elder' : 'standard'
    setCookie(c, DISPLAY_COOKIE, mode, {
      path: '/',
      maxAge: mode === 'elder' ? ONE_YEAR_SECONDS : 0,
      httpOnly: true,
      sameSite: 'Lax',
      secure: options.secureCookie,
    })
    return c.redirect(safeReturnPath(c.req.query('return')), 303)
  })
}
