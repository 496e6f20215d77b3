import type { Context } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import type { Deps } from '../deps.js'
import type { AppEnv } from '../http/app-env.js'
import { DRAFT_LIFETIME_MS, loadDraft, type Draft, type DraftContext } from './draft.service.js'

export const DRAFT_COOKIE = 'zj_draft'

/** The browser holds only the draft's random token, in an HttpOnly cookie for the /apply pages. */
export function setDraftCookie(c: Context<AppEnv>, token: string, secure: boolean): void {
  setCookie(c, DRAFT_COOKIE, token, {
    path: '/apply',
    httpOnly: true,
    sameSite: 'Lax',
    secure,
    maxAge: Math.floor(DRAFT_LIFETIME_MS / 1000),
  })
}

/** After submission: a session cookie, gone when the browser closes (a shared computer). */
export function setSubmittedDraftCookie(c: Context<AppEnv>, token: string, secure: boolean): void {
  setCookie(c, DRAFT_COOKIE, token, { path: '/apply', httpOnly: true, sameSite: 'Lax', secure })
}

export function clearDraftCookie(c: Context<AppEnv>): void {
  deleteCookie(c, DRAFT_COOKIE, { path: '/apply' })
}

export function draftContext(deps: Deps): DraftContext {
  return { db: deps.db, fieldCrypto: deps.fieldCrypto, now: deps.clock.now() }
}

export async function currentDraft(c: Context<AppEnv>, deps: Deps): Promise<Draft | undefined> {
  return loadDraft(draftContext(deps), getCookie(c, DRAFT_COOKIE))
}
