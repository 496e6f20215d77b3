import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context } from 'hono'

/**
 * The client's address, for the audit log and rate limits (docs/product.md §7, §8): the peer address, or the
 * proxy's X-Forwarded-For when TRUST_PROXY says a proxy sets it. Null under app.request().
 */
export function clientIp(c: Context, options: { config: { trustProxy: boolean } }): string | null {
  if (options.config.trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim()
    if (forwarded) return forwarded
  }
  try {
    return getConnInfo(c).remote.address ?? null
  } catch {
    return null
  }
}
