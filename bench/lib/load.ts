import autocannon from 'autocannon'

export type LoadOptions = {
  url: string
  connections: number
  durationSec: number
  pipelining?: number
}

export type LoadResult = {
  /** mean of the per-second samples */
  requestsPerSec: number
  p99Ms: number
  /** socket errors and timeouts */
  errors: number
  non2xx: number
  completed: number
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
      },
      (err, result) => {
        current = undefined
        if (err) return reject(err)
        resolve({
          requestsPerSec: result.requests.mean,
          p99Ms: result.latency.p99,
          errors: result.errors,
          non2xx: result.non2xx,
          completed: result.totalCompletedRequests,
        })
      },
    )
  })
}

/** Stop the run in progress, if any (its promise still settles). */
export function stopLoad(): void {
  current?.stop()
}
