import type { Context } from 'hono'
import { Hono } from 'hono'
import { getCookie, setCookie } from 'hono/cookie'
import { AppError } from '../errors.js'
import type { AppEnv } from './app-env.js'

export const DISPLAY_COOKIE = 'zj_display'
const ONE_YEAR_SECONDS = 365 * 24 * 3600

export function isElderMode(c: Context): boolean {
  return getCookie(c, DISPLAY_COOKIE) === 'elder'
}

/** A site path with an optional query and fragment, in the characters the layout's links use. */
const SITE_PATH = /^\/[A-Za-z0-9/_\-.~%]*(\?[A-Za-z0-9_\-.~%=&+]*)?(#[A-Za-z0-9_\-]*)?$/

/**
 * Only same-site paths: the switch must never become an open redirect. Browsers drop tab, CR and LF
 * from URLs, so `/<tab>/evil.example` would leave the site; such values never reach this point
 * (controlCharacterIn, refused with 400). A path that becomes `//` or `\` once decoded is refused
 * too, so no later decoding can turn it into another origin.
 */
export function safeReturnPath(value: string | undefined): string {
  if (!value || !SITE_PATH.test(value)) return '/'
  let decoded: string
  try {
    decoded = decodeURIComponent(value)
  } catch {
    return '/'
  }
  if (decoded.includes('//') || decoded.includes('\\') || /[\u0000-\u001f\u007f]/.test(decoded))
    return '/'
  return value
}

/** A control character (CR, LF, tab, NUL …) has no place in a link back to a page. */
export function controlCharacterIn(value: string | undefined): boolean {
  return value !== undefined && /[\u0000-\u001f\u007f-\u009f]/.test(value)
}

/**
 * 长辈模式 switch. A plain link, so it works without JavaScript on every page, including the
 * pre-rendered ones that carry no form token. It only sets a display preference in the visitor's own
 * browser; no server state changes, which is why a GET is acceptable here.
 */
export function displayModeRoutes(options: { secureCookie: boolean }) {
  return new Hono<AppEnv>().get('/', (c) => {
    const back = c.req.query('return')
    if (controlCharacterIn(back))
      throw new AppError(
        400,
        'bad_request',
        '返回地址中含有不允许的字符，请从页面上的链接切换显示模式。',
      )
    const mode = c.req.query('mode') === 'elder' ? 'elder' : 'standard'
    setCookie(c, DISPLAY_COOKIE, mode, {
      path: '/',
      maxAge: mode === 'elder' ? ONE_YEAR_SECONDS : 0,
      httpOnly: true,
      sameSite: 'Lax',
      secure: options.secureCookie,
    })
    return c.redirect(safeReturnPath(back), 303)
  })
}
