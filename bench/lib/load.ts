import autocannon from 'autocannon'

export type LoadOptions = {
  url: string
  connections: number
  durationSec: number
  pipelining?: number
  /** default GET */
  method?: 'GET' | 'POST'
  /** sent with every request (e.g. a cookie) */
  headers?: Record<string, string>
  /** the same body on every request; set its content-type in `headers` */
  body?: string
}

export type LoadResult = {
  /** mean of the per-second samples */
  requestsPerSec: number
  p99Ms: number
  /** socket errors and timeouts */
  errors: number
  non2xx: number
  /** responses received, whatever their status */
  completed: number
  /** responses by HTTP status code, e.g. { '200': 1234 } */
  statusCounts: Record<string, number>
}

let current: autocannon.Instance | undefined

/** One autocannon run in this process; resolves when its duration is over. */
export function runLoad(opts: LoadOptions): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    current = autocannon(
      {
        url: opts.url,
        connections: opts.connections,
        duration: opts.durationSec,
        pipelining: opts.pipelining ?? 1,
        timeout: 10,
        // Only what was given: autocannon's defaults would be overridden by `undefined`.
        ...(opts.method ? { method: opts.method } : {}),
        ...(opts.headers ? { headers: opts.headers } : {}),
        ...(opts.body !== undefined ? { body: opts.body } : {}),
      },
      (err, result) => {
        current = undefined
        if (err) return reject(err)
        resolve({
          requestsPerSec: result.requests.mean,
          p99Ms: result.latency.p99,
          errors: result.errors,
          non2xx: result.non2xx,
          completed: result.requests.total,
          statusCounts: Object.fromEntries(
            Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [code, s.count]),
          ),
        })
      },
    )
  })
}

/** Stop the run in progress, if any (its promise still settles). */
export function stopLoad(): void {
  current?.stop()
}
