import type { MiddlewareHandler } from 'hono'
import { AppError } from '../errors.js'
import type { AppEnv } from './app-env.js'
import { cleanText } from './form-text.js'

/** No ordinary form has more than a few dozen fields; a body of thousands is an attack. */
export const MAX_FORM_FIELDS = 500

/**
 * Reads every ordinary form body once, before CSRF and the routes: a body that is not a form
 * (a malformed multipart body, say) is answered 400 with a Chinese page instead of failing inside
 * a route, a body with more than MAX_FORM_FIELDS fields is refused before any schema sees it, and
 * every text value goes through cleanText. The cleaned form replaces hono's cached one, so every
 * `c.req.parseBody()` after this sees only cleaned text. Streaming upload routes are skipped: they
 * never buffer their body and clean their own fields (src/uploads/multipart.ts).
 */
export function readFormBodies(
  isStreamingUpload: (path: string) => boolean,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method !== 'POST') return next()
    const type = c.req.header('content-type') ?? ''
    const multipart = /^multipart\/form-data/i.test(type)
    if (!multipart && !/^application\/x-www-form-urlencoded/i.test(type)) return next()
    if (multipart && isStreamingUpload(c.req.path)) return next()
    // read first: a body over the size limit fails here with the limit's own 413
    const body = await c.req.arrayBuffer()
    let form: FormData
    try {
      form = await new Response(body, { headers: { 'content-type': type } }).formData()
    } catch {
      throw new AppError(
        400,
        'bad_request',
        '提交的表单格式不正确，没有保存任何内容。请返回页面重新填写后提交。',
      )
    }
    const clean = new FormData()
    let count = 0
    for (const [key, value] of form) {
      if (++count > MAX_FORM_FIELDS)
        throw new AppError(
          400,
          'bad_request',
          '提交的表单内容过多，没有保存任何内容。请返回页面重新填写后提交。',
        )
      if (typeof value === 'string') clean.append(key, cleanText(value))
      else clean.append(key, value)
    }
    // a handler that reads the raw request (receiveUploads) still finds the body there
    c.req.raw = new Request(c.req.raw, { body })
    // hono keeps the parsed form as a promise, whatever its type says (src/utils/body.ts)
    ;(c.req.bodyCache as { formData?: Promise<FormData> }).formData = Promise.resolve(clean)
    return next()
  }
}
