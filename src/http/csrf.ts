import crypto from 'node:crypto'
import type { Context, MiddlewareHandler } from 'hono'
import { getCookie, setCookie } from 'hono/cookie'
import { isTokenShape } from '../crypto/tokens.js'
import type { AppEnv } from './app-env.js'
import { AppError } from '../errors.js'
import { ERROR_TEXT } from './errors.js'

export const CSRF_COOKIE = 'zj_csrf'
/**
 * Over https the cookie is `__Host-` prefixed: browsers then accept it only with Secure, Path=/ and
 * no Domain, so a sibling subdomain or a plain-http answer cannot plant a nonce it knows. Browsers
 * refuse the prefix without Secure, hence the plain name for http development.
 */
export const CSRF_COOKIE_HTTPS = '__Host-zj_csrf'
/** Defined beside the Form component that renders it; one name for both sides. */
export { CSRF_FIELD } from '../../views/components/form.js'
import { CSRF_FIELD } from '../../views/components/form.js'
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/**
 * Synchroniser token bound to a random per-browser cookie: the form carries HMAC(secret, cookie).
 * A forged cross-site POST has the cookie but cannot know the token. Tokens are checked before any
 * route runs, so a refused request changes nothing.
 */
export function signCsrfNonce(secret: string, nonce: string): string {
  return crypto.createHmac('sha256', secret).update(`csrf:${nonce}`).digest('base64url')
}

/** Tokens of browsers seen lately: an HMAC per page view was a measurable share of a kept page. */
const SIGNED_NONCES_KEPT = 1000

export function createCsrf(secret: string, options: { secureCookie: boolean }) {
  const signed = new Map<string, string>()
  const sign = (nonce: string) => {
    let token = signed.get(nonce)
    if (token === undefined) {
      token = signCsrfNonce(secret, nonce)
      if (signed.size >= SIGNED_NONCES_KEPT) signed.clear()
      signed.set(nonce, token)
    }
    return token
  }

  const cookieName = options.secureCookie ? CSRF_COOKIE_HTTPS : CSRF_COOKIE
  const setNonce = (c: Context<AppEnv>, nonce: string) =>
    setCookie(c, cookieName, nonce, {
      httpOnly: true,
      sameSite: 'Lax',
      secure: options.secureCookie,
      path: '/',
    })

  /** The token for forms on this page; sets the cookie on first use (static pages never call it). */
  function csrfToken(c: Context<AppEnv>): string {
    let nonce = getCookie(c, cookieName)
    if (!isTokenShape(nonce)) {
      nonce = newNonce()
      setNonce(c, nonce)
    }
    return sign(nonce)
  }

  const verifyCsrf: MiddlewareHandler<AppEnv> = async (c, next) => {
    let token: string | undefined
    c.set('csrfToken', () => (token ??= csrfToken(c)))
    c.set('renewCsrf', () => {
      const nonce = newNonce()
      setNonce(c, nonce)
      token = sign(nonce)
    })
    if (!UNSAFE_METHODS.has(c.req.method)) return next()
    const nonce = getCookie(c, cookieName)
    const submitted = await submittedToken(c)
    // a nonce this app never issued is refused before it is signed (or kept among the signed ones)
    if (!isTokenShape(nonce) || !submitted || !safeEqual(submitted, sign(nonce))) {
      throw new AppError(403, 'csrf_invalid', ERROR_TEXT.csrf_invalid.message)
    }
    return next()
  }

  return { csrfToken, verifyCsrf }
}

/** 32 random bytes: in base64url, the shape isTokenShape accepts */
const NONCE_BYTES = 32
let pool = Buffer.alloc(0)
let poolOffset = 0

/**
 * A browser's nonce, from random bytes drawn 4 KB at a time (as crypto.randomUUID does): one
 * randomBytes(32) call per cookieless page view cost ~7 µs, most of it the call itself.
 */
function newNonce(): string {
  if (poolOffset + NONCE_BYTES > pool.length) {
    pool = crypto.randomBytes(128 * NONCE_BYTES)
    poolOffset = 0
  }
  poolOffset += NONCE_BYTES
  return pool.toString('base64url', poolOffset - NONCE_BYTES, poolOffset)
}

/**
 * Where the token is read from: a header (scripts), the `_csrf` field of a urlencoded form, or for
 * multipart uploads the `_csrf` query parameter — uploads are streamed, and reading the body here
 * would buffer it. The query token is useless without the HttpOnly cookie it is bound to.
 */
async function submittedToken(c: Context<AppEnv>): Promise<string | undefined> {
  const header = c.req.header('x-csrf-token')
  if (header) return header
  const type = c.req.header('content-type') ?? ''
  if (type.startsWith('multipart/form-data')) return c.req.query(CSRF_FIELD)
  if (type.startsWith('application/x-www-form-urlencoded')) {
    const body = await c.req.parseBody()
    const value = body[CSRF_FIELD]
    return typeof value === 'string' ? value : undefined
  }
  return undefined
}

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && crypto.timingSafeEqual(left, right)
}
