import type { MiddlewareHandler } from 'hono'
import type { Config } from '../config.js'
import { AppError } from '../errors.js'
import type { AppEnv } from '../http/app-env.js'
import { clientIp } from '../http/client-ip.js'
import { ERROR_TEXT } from '../http/errors.js'
import { RateLimited } from './rate-limit.js'

/**
 * Issue 12 F24: streamed uploads at once, per client address and in total, in this process. Each
 * holds a socket and two descriptors while it lasts; 1,000 slow ones once took the server to 2,145
 * descriptors. With the body-idle limit (http/body-idle.ts) a slow upload also cannot last long.
 */
export const UPLOAD_CONCURRENCY = { perAddress: 4, total: 64 }

const PER_ADDRESS =
  '您同时进行的上传过多，本次上传没有保存。请等其他文件上传完成后，再重新上传这个文件。'

export function limitUploadConcurrency(
  isStreamingUpload: (path: string) => boolean,
  config: Pick<Config, 'trustProxy' | 'trustProxyHops'>,
  limits = UPLOAD_CONCURRENCY,
): MiddlewareHandler<AppEnv> {
  const byAddress = new Map<string, number>()
  let total = 0
  return async (c, next) => {
    if (c.req.method !== 'POST' || !isStreamingUpload(c.req.path)) return next()
    const address = clientIp(c, { config }) ?? 'unknown'
    const mine = byAddress.get(address) ?? 0
    if (mine >= limits.perAddress || total >= limits.total) {
      // Answered without reading the body: the connection is closed rather than drained.
      c.header('Connection', 'close')
      if (mine >= limits.perAddress) throw new RateLimited(PER_ADDRESS, 30)
      throw new AppError(503, 'service_unavailable', ERROR_TEXT.service_unavailable.message)
    }
    byAddress.set(address, mine + 1)
    total++
    try {
      await next()
    } finally {
      total--
      const left = (byAddress.get(address) ?? 1) - 1
      if (left > 0) byAddress.set(address, left)
      else byAddress.delete(address)
    }
  }
}
