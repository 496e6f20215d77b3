/**
 * The object store could not be reached or answered 5xx: nothing was stored. `code` makes the
 * HTTP edge answer 503 "try later", as for a full disk (src/http/errors.ts isStorageUnavailable).
 */
export class ObjectStoreUnavailable extends Error {
  readonly code = 'object_store_unavailable'
  constructor(override readonly cause: unknown) {
    super(`object store unavailable: ${cause instanceof Error ? cause.message : String(cause)}`)
    this.name = 'ObjectStoreUnavailable'
  }
}

const DELAYS_MS = [200, 800]
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EPIPE'])

/**
 * The SDK does not retry a request whose body is a stream (it cannot read it twice); a spooled
 * file can be, so a PUT is retried here, twice, on network errors and 5xx answers only.
 */
export async function withRetries<T>(attempt: () => Promise<T>): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await attempt()
    } catch (err) {
      if (!isTransient(err)) throw err
      if (i >= DELAYS_MS.length) throw new ObjectStoreUnavailable(err)
      await new Promise((resolve) => setTimeout(resolve, DELAYS_MS[i]))
    }
  }
}

function isTransient(err: unknown): boolean {
  const e = err as { code?: string; name?: string; $metadata?: { httpStatusCode?: number } }
  const status = e?.$metadata?.httpStatusCode
  return (
    NETWORK_CODES.has(e?.code ?? '') ||
    e?.name === 'TimeoutError' ||
    (status !== undefined && status >= 500)
  )
}
