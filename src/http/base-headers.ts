import type { ServerResponse } from 'node:http'
import type { Context } from 'hono'

/**
 * Sets a header every response of this request starts with. Under @hono/node-server it goes straight
 * onto Node's response object (a plain property, cheap), otherwise (app.request() in tests, other
 * runtimes) through the context. Either way a later `c.header()` of the same name wins: Node merges
 * `setHeader` values under the ones the response is written with. Measured: setting the eleven
 * security headers through the context's Headers object cost about a quarter of a static page view.
 */
export function setBaseHeader(c: Context, name: string, value: string): void {
  const outgoing = (c.env as { outgoing?: ServerResponse } | undefined)?.outgoing
  if (outgoing && typeof outgoing.setHeader === 'function' && !outgoing.headersSent) {
    outgoing.setHeader(name, value)
  } else {
    c.header(name, value)
  }
}
