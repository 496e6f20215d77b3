import crypto from 'node:crypto'
import type { MiddlewareHandler } from 'hono'
import type { Logger } from '../logging/logger.js'
import type { AppEnv } from './app-env.js'
import { setBaseHeader } from './base-headers.js'
import { isElderMode } from './display-mode.js'

const QUIET_PATHS = /^\/(healthz|readyz|assets\/|favicon)/

export type RequestContextOptions = {
  trustProxy: boolean
  /** headers every response starts with (security headers, default Cache-Control) */
  baseHeaders: [string, string][]
}

/**
 * The first middleware of every request, doing in one step what each request needs before routing
 * (one middleware rather than three: each async layer is a measurable share of a static page view):
 * an id (echoed as X-Request-Id and printed on error pages) and a logger bound to it, the security
 * headers, and the display mode. Afterwards one access line: method, path, status and duration only —
 * no query string (it may hold a tracking code), no body, no IP address, no user agent.
 */
export function requestContext(
  logger: Logger,
  options: RequestContextOptions,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const incoming = options.trustProxy ? c.req.header('x-request-id') : undefined
    const id = incoming && /^[\w-]{8,64}$/.test(incoming) ? incoming : crypto.randomUUID()
    const log = logger.child({ reqId: id })
    c.set('requestId', id)
    c.set('logger', log)
    c.set('elderMode', isElderMode(c))
    setBaseHeader(c, 'X-Request-Id', id)
    for (const [name, value] of options.baseHeaders) setBaseHeader(c, name, value)
    const started = performance.now()
    await next()
    const fields = {
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    }
    if (QUIET_PATHS.test(c.req.path)) log.debug('request', fields)
    else log.info('request', fields)
  }
}
