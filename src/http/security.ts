import type { MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { AppEnv } from './app-env.js'
import { AppError } from '../errors.js'
import { ERROR_TEXT } from './errors.js'

/**
 * Strict CSP: every script, style, image and font comes from this origin; no inline code at all
 * (PIPL art. 36 and docs/product.md §14: no third-party scripts, fonts or CDNs).
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "object-src 'none'",
].join('; ')

/** Set by requestContext before the route runs, so every response of the request carries them. */
export function securityHeaderList(options: { https: boolean }): [string, string][] {
  return [
    ['Content-Security-Policy', options.https ? `${CSP}; upgrade-insecure-requests` : CSP],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['Cross-Origin-Resource-Policy', 'same-origin'],
    ['Origin-Agent-Cluster', '?1'],
    // Tracking codes travel in query strings (/verify?c=…); never leak them to other sites.
    ['Referrer-Policy', 'same-origin'],
    ['X-Content-Type-Options', 'nosniff'],
    ['X-Frame-Options', 'DENY'],
    ['X-Permitted-Cross-Domain-Policies', 'none'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()'],
    ...(options.https
      ? ([['Strict-Transport-Security', 'max-age=31536000; includeSubDomains']] as [
          string,
          string,
        ][])
      : []),
    // Pages carry personal data unless a route says otherwise (public pages and assets do).
    ['Cache-Control', 'no-store'],
  ]
}

/** Ordinary form posts are small: long answers are ≤ 5,000 characters. Uploads stream elsewhere. */
export const FORM_BODY_LIMIT_BYTES = 256 * 1024

/** Whether a path is one of the streaming upload routes (given as paths, or patterns with an id). */
export function streamingUploadMatcher(
  paths: readonly (string | RegExp)[],
): (path: string) => boolean {
  const exact = new Set(paths.filter((p): p is string => typeof p === 'string'))
  const patterns = paths.filter((p): p is RegExp => p instanceof RegExp)
  return (path) => exact.has(path) || patterns.some((p) => p.test(path))
}

/**
 * Body limit for ordinary forms. Multipart posts to the streaming upload routes are exempt: their
 * bodies are never buffered and receiveUploads (src/uploads/multipart.ts) enforces 20 MB per file,
 * 30 files and 100 MB while reading. A urlencoded post to the same paths still gets this limit.
 */
export function limitBody(
  options: { maxSize?: number; streamingUploadPaths?: readonly (string | RegExp)[] } = {},
): MiddlewareHandler<AppEnv> {
  const streamed = streamingUploadMatcher(options.streamingUploadPaths ?? [])
  const limit = bodyLimit({
    maxSize: options.maxSize ?? FORM_BODY_LIMIT_BYTES,
    onError: () => {
      throw new AppError(413, 'payload_too_large', ERROR_TEXT.payload_too_large.message)
    },
  })
  return (c, next) => {
    // GET and HEAD carry no body; skipping them also avoids building a full Request object per
    // page view (hono's check reads `raw.body`, which makes @hono/node-server materialise it).
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next()
    const multipart = /^multipart\/form-data/i.test(c.req.header('content-type') ?? '')
    if (multipart && streamed(c.req.path)) return next()
    return limit(c, next)
  }
}
