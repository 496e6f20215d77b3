// Just the part of autocannon 9's programmatic API the benches use (the package ships no types).
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events'

  namespace autocannon {
    interface Options {
      url: string
      connections?: number
      /** seconds */
      duration?: number
      pipelining?: number
      /** seconds before a request counts as a timeout (and an error) */
      timeout?: number
      headers?: Record<string, string>
      method?: string
      body?: string | Buffer
    }
    /** latency values are in ms; request values are per second */
    interface Histogram {
      average: number
      mean: number
      stddev: number
      min: number
      max: number
      p50: number
      p90: number
      p99: number
    }
    interface Result {
      duration: number
      errors: number
      timeouts: number
      non2xx: number
      resets: number
      /** responses by status code */
      statusCodeStats?: Record<string, { count: number }>
      latency: Histogram
      /** `total`: responses received (any status); `sent`: requests sent */
      requests: Histogram & { total: number; sent: number }
      /** `total`: bytes received */
      throughput: Histogram & { total: number }
    }
    interface Instance extends EventEmitter {
      stop(): void
    }
  }

  function autocannon(
    opts: autocannon.Options,
    cb: (err: Error | null, result: autocannon.Result) => void,
  ): autocannon.Instance

  export = autocannon
}
