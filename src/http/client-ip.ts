import { isIP } from 'node:net'
import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context } from 'hono'
import type { Config } from '../config.js'

/**
 * The client's address, for the audit log and rate limits (docs/product.md §7, §8): the peer
 * address, or, when TRUST_PROXY says proxies stand in front, the address the outermost trusted proxy
 * appended to X-Forwarded-For. Each proxy appends the address it saw, so with TRUST_PROXY_HOPS = N
 * that is the N-th entry from the right; everything to its left came from the client and is not
 * believed (a forged entry would otherwise reset every per-address limit and forge the audit log).
 * Null under app.request().
 */
export function clientIp(
  c: Context,
  options: { config: Pick<Config, 'trustProxy' | 'trustProxyHops'> },
): string | null {
  if (options.config.trustProxy) {
    const forwarded = forwardedClient(
      c.req.header('x-forwarded-for'),
      options.config.trustProxyHops,
    )
    if (forwarded) return forwarded
  }
  try {
    return getConnInfo(c).remote.address ?? null
  } catch {
    return null
  }
}

/** The entry `hops` from the right (the first one if the chain is shorter), if it is an address. */
export function forwardedClient(header: string | undefined, hops: number): string | undefined {
  const entries = (header ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)
  if (entries.length === 0) return undefined
  const entry = entries[Math.max(0, entries.length - hops)]!
  return isIP(entry) ? entry : undefined
}
