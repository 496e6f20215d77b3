import crypto from 'node:crypto'
import type { MiddlewareHandler } from 'hono'
import type { Logger } from '../logging/logger.js'
import type { AppEnv } from './app-env.js'

const QUIET_PATHS = /^\/(healthz|readyz|assets\/|favicon)/

/**
 * Gives every request an id (echoed as X-Request-Id and printed on error pages) and a logger bound to
 * it, then writes one access line. Only method, path, status and duration: no query string (it may
 * hold a tracking code), no body, no IP address, no user agent.
 */
export function requestContext(logger: Logger, options: { trustProxy: boolean }): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const incoming = options.trustProxy ? c.req.header('x-request-id') : undefined
    const id = incoming && /^[\w-]{8,64}$/.test(incoming) ? incoming : crypto.randomUUID()
    const log = logger.child({ reqId: id })
    c.set('requestId', id)
    c.set('logger', log)
    const started = performance.now()
    await next()
    c.res.headers.set('X-Request-Id', id)
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
