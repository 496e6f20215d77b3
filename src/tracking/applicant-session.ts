import type { Context, MiddlewareHandler } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import type { Config } from '../config.js'
import { hashToken, isTokenShape, newToken } from '../crypto/tokens.js'
import type { Db } from '../db/database.js'
import type { Deps } from '../deps.js'
import type { AppEnv } from '../http/app-env.js'
import { cookieOptions } from '../http/cookie-options.js'
import { deleteSession, insertSession, touchSession } from './applicant-session.repository.js'

/**
 * The applicant's session: opened by a successful lookup, it names the one application its pages
 * may show. The cookie holds a random token, applicant_sessions its SHA-256. A session is live while
 * it was used within the idle window, and every use is recorded. Two paths apply that rule:
 * requireApplicantSession for every page behind the lookup, and the status page, which gathers its
 * check with other views' (status.routes.tsx, status-stamps.ts) from the same SessionCheck.
 */
export const TRACK_COOKIE = 'zj_track'
/** docs/product.md §7: the applicant's session ends after 30 idle minutes. */
export const SESSION_IDLE_MS = 30 * 60_000

export type TrackEnv = AppEnv & { Variables: { applicationId: string } }

/** A session cookie of the right shape, checked at `now`: live if used after `idleSince`. */
export type SessionCheck = { token: string; tokenHash: string; now: Date; idleSince: Date }

export const hashSessionToken: (token: string) => string = hashToken

/** Opens a session for an application whose code and digits were just checked; returns the token. */
export async function newSession(db: Db, applicationId: string, now: Date): Promise<string> {
  const token = newToken()
  await insertSession(db, hashSessionToken(token), applicationId, now)
  return token
}

export function setSessionCookie(c: Context, config: Config, token: string): void {
  const { httpOnly, secure } = cookieOptions(config)
  setCookie(c, TRACK_COOKIE, token, { path: '/track', httpOnly, sameSite: 'Lax', secure })
}

/** The presented session, if its cookie has the shape of a token (anything else is never looked up). */
export function sessionCheck(c: Context, deps: Deps): SessionCheck | undefined {
  const token = getCookie(c, TRACK_COOKIE)
  if (!isTokenShape(token)) return undefined
  const now = deps.clock.now()
  const idleSince = new Date(now.getTime() - SESSION_IDLE_MS)
  return { token, tokenHash: hashSessionToken(token), now, idleSince }
}

/** Every page behind the lookup: a live session, which names the one application it may show. */
export function requireApplicantSession(deps: Deps): MiddlewareHandler<TrackEnv> {
  return async (c, next) => {
    const session = sessionCheck(c, deps)
    const id = session
      ? await touchSession(deps.db, session.tokenHash, session.idleSince, session.now)
      : undefined
    if (!id) return endSession(c, deps, session?.token)
    c.set('applicationId', id)
    await next()
  }
}

/** An ended or unknown session: its row and cookie go, and the lookup page says why. */
export async function endSession(c: Context, deps: Deps, token: string | undefined) {
  await forgetSession(c, deps, token)
  return c.redirect('/track?expired=1', 303)
}

/** 退出查询: the session ends at once, whatever its shape or age. */
export async function logOut(c: Context, deps: Deps) {
  await forgetSession(c, deps, getCookie(c, TRACK_COOKIE))
  return c.redirect('/track', 303)
}

async function forgetSession(c: Context, deps: Deps, token: string | undefined): Promise<void> {
  if (token) await deleteSession(deps.db, hashSessionToken(token))
  deleteCookie(c, TRACK_COOKIE, { path: '/track' })
}
