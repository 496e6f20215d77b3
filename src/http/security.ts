import type { MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { secureHeaders } from 'hono/secure-headers'
import type { AppEnv } from './app-env.js'
import { AppError, ERROR_TEXT } from './errors.js'

/**
 * Strict CSP: every script, style, image and font comes from this origin; no inline code at all
 * (PIPL art. 36 and SPEC §14: no third-party scripts, fonts or CDNs).
 */
export function securityHeaders(options: { https: boolean }): MiddlewareHandler<AppEnv> {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      baseUri: ["'none'"],
      objectSrc: ["'none'"],
      ...(options.https ? { upgradeInsecureRequests: [] } : {}),
    },
    // Tracking codes travel in query strings (/verify?c=…); never leak them to other sites.
    referrerPolicy: 'same-origin',
    strictTransportSecurity: options.https ? 'max-age=31536000; includeSubDomains' : false,
    xFrameOptions: 'DENY',
    crossOriginEmbedderPolicy: false,
    permissionsPolicy: { camera: [], microphone: [], geolocation: [], payment: [] },
  })
}

/** Ordinary form posts are small: long answers are ≤ 5,000 characters. Uploads stream elsewhere. */
export const FORM_BODY_LIMIT_BYTES = 256 * 1024

export function limitBody(maxSize = FORM_BODY_LIMIT_BYTES): MiddlewareHandler<AppEnv> {
  return bodyLimit({
    maxSize,
    onError: () => {
      throw new AppError(413, 'payload_too_large', ERROR_TEXT.payload_too_large.message)
    },
  })
}

/** Pages carry personal data unless a route says otherwise: no shared or browser caching. */
export const noStoreByDefault: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next()
  if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-store')
}
