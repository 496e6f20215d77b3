import crypto from 'node:crypto'

/**
 * Bearer tokens (draft links, applicant and staff sessions, the CSRF cookie's nonce): 32 random
 * bytes in base64url, 256 bits no one can guess. The browser keeps the token; the database keeps only
 * its SHA-256, so a leaked table or backup opens no session and no draft.
 */
const TOKEN_BYTES = 32
/** 32 bytes in base64url, unpadded */
const TOKEN_SHAPE = /^[\w-]{43}$/

export function newToken(): string {
  return crypto.randomBytes(TOKEN_BYTES).toString('base64url')
}

/** SHA-256 as lowercase hex: the stored form, unchanged since the first session was written. */
export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex')
}

/** Anything else in a cookie or link was never issued here: it is refused before any lookup. */
export function isTokenShape(value: string | undefined): value is string {
  return value !== undefined && TOKEN_SHAPE.test(value)
}
