import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from './app-env.js'

/**
 * The client stopped sending the body of a streamed upload for longer than the idle limit. Thrown
 * out of the body stream; whatever was stored from it is removed by the reader (receiveUploads and
 * the exchange import), and the error page answers 408 in Chinese (http/error-handler.tsx).
 */
export class BodyStalled extends Error {
  readonly code = 'body_stalled'
  constructor(readonly idleMs: number) {
    super(`request body stalled: no byte for ${idleMs} ms`)
    this.name = 'BodyStalled'
  }
}

/** What counts as a client too slow to keep its upload open. */
export type BodyPace = {
  /** no byte for this long: stalled */
  idleMs: number
  /** after `idleMs` of waiting in total, fewer bytes per second than this on average: stalled too */
  minBytesPerSecond: number
  /** milliseconds, monotonic; injectable so tests need not wait */
  now?: () => number
}

/**
 * `body` as a stream that fails with BodyStalled when the client sends nothing for `idleMs` while
 * the reader waits for it, or, once the reader has waited `idleMs` in all, when the client has sent
 * less than `minBytesPerSecond` on average over that waiting (security review F24: one byte every
 * 29 s passed the idle limit and held a descriptor and a partial file for hours). Only time spent
 * waiting on the client counts: while the reader is busy (writing to disk) no timer runs, so a slow
 * disk never looks like a slow client.
 */
export function watchBodyIdle(
  body: ReadableStream<Uint8Array>,
  pace: BodyPace,
  onStall: () => void = () => undefined,
): ReadableStream<Uint8Array> {
  const { idleMs, minBytesPerSecond } = pace
  const now = pace.now ?? (() => performance.now())
  const reader = body.getReader()
  let failed = false
  let waitedMs = 0
  let received = 0
  const stall = (controller: ReadableStreamDefaultController<Uint8Array>) => {
    failed = true
    onStall()
    controller.error(new BodyStalled(idleMs))
  }
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const timer = setTimeout(() => stall(controller), idleMs)
      const started = now()
      try {
        const next = await reader.read()
        if (failed) return
        waitedMs += now() - started
        if (next.done) return controller.close()
        received += next.value.byteLength
        if (waitedMs >= idleMs && (received * 1000) / waitedMs < minBytesPerSecond)
          return stall(controller)
        controller.enqueue(next.value)
      } catch (err) {
        if (!failed) controller.error(err)
      } finally {
        clearTimeout(timer)
      }
    },
    cancel(reason) {
      return reader.cancel(reason)
    },
  })
}

/**
 * On the streaming upload routes: the body gets its own idle limit (UPLOAD_IDLE_TIMEOUT_MS, 30 s by
 * default) instead of Node's 300 s request timeout, which held a descriptor and a partial file per
 * stalled upload and then answered a bare English 408 (reliability review §5). A stalled request is
 * answered with `Connection: close`, so its socket is released instead of waiting for the rest.
 */
export function bodyIdleTimeout(
  isStreamingUpload: (path: string) => boolean,
  pace: BodyPace,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method !== 'POST' || !isStreamingUpload(c.req.path)) return next()
    const raw = c.req.raw
    if (!raw.body) return next()
    let stalled = false
    const body = watchBodyIdle(raw.body, pace, () => (stalled = true))
    c.req.raw = new Request(raw.url, {
      method: raw.method,
      headers: raw.headers,
      body,
      signal: raw.signal,
      duplex: 'half',
    } as RequestInit)
    await next()
    if (stalled) c.res.headers.set('Connection', 'close')
  }
}
