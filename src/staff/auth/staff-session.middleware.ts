import type { MiddlewareHandler } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import { hashToken, isTokenShape } from '../../crypto/tokens.js'
import type { Deps } from '../../deps.js'
import type { StaffEnv } from '../staff-env.js'
import { STAFF_SESSION } from './login.service.js'
import { findLiveSession } from './staff-session.repository.js'

export const STAFF_COOKIE = 'zj_staff'

/**
 * On every /staff page: the signed-in staff member from the session cookie, if any (each route's
 * access rule decides what that means). Staff pages carry case files: never cached anywhere.
 */
export function loadStaff(deps: Deps): MiddlewareHandler<StaffEnv> {
  const totpRequired = deps.config.env === 'production'
  return async (c, next) => {
    c.header('Cache-Control', 'no-store')
    c.header('X-Robots-Tag', 'noindex, nofollow')
    const token = getCookie(c, STAFF_COOKIE)
    if (isTokenShape(token)) {
      const now = deps.clock.now()
      const idleSince = new Date(now.getTime() - STAFF_SESSION.idleMs)
      const staff = await findLiveSession(deps.db, hashToken(token), idleSince, now)
      if (staff) {
        c.set('staff', { ...staff, totpRequired })
        c.set('staffToken', token)
      } else deleteCookie(c, STAFF_COOKIE, { path: '/staff' })
    }
    await next()
  }
}

export function setStaffCookie(
  c: Parameters<typeof setCookie>[0],
  token: string,
  secure: boolean,
): void {
  // Strict: no staff page is ever reached by a link from another site with the session attached.
  setCookie(c, STAFF_COOKIE, token, { path: '/staff', httpOnly: true, sameSite: 'Strict', secure })
}
