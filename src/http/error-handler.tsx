import type { Context, ErrorHandler, NotFoundHandler } from 'hono'
import { ErrorPage } from '../../views/pages/errors/error-page.js'
import type { AppEnv } from './app-env.js'
import {
  AppError,
  DomainError,
  type AppErrorCode,
  type DomainFailure,
  type ErrorStatus,
} from '../errors.js'
import { BodyStalled } from './body-idle.js'
import { RateLimited } from '../abuse/rate-limit.js'
import { ERROR_TEXT, isDatabaseUnavailable, isStorageUnavailable } from './errors.js'
import { chromeFor, renderDocument, type PageKit } from './render.js'

/**
 * Every failure ends here: a Chinese page in the normal layout, the right status, and for server
 * errors only a generic message plus the request id. Stack traces and SQL go to the log (redacted),
 * never to the response.
 */
export function errorHandlers(kit: PageKit): {
  onError: ErrorHandler<AppEnv>
  notFound: NotFoundHandler<AppEnv>
} {
  const onError: ErrorHandler<AppEnv> = (err, c) => {
    const appError = toAppError(err)
    const log = c.var.logger
    if (appError.status >= 500) log?.error('request failed', { err, path: c.req.path })
    else
      log?.info('request refused', {
        code: appError.code,
        status: appError.status,
        path: c.req.path,
      })
    return renderError(c, kit, appError)
  }
  const notFound: NotFoundHandler<AppEnv> = (c) =>
    renderError(c, kit, new AppError(404, 'not_found', ERROR_TEXT.not_found.message))
  return { onError, notFound }
}

/** The one place a domain failure gets its status (and so its error page). */
const DOMAIN_STATUS: Record<DomainFailure, { status: ErrorStatus; code: AppErrorCode }> = {
  not_found: { status: 404, code: 'not_found' },
  stale_version: { status: 409, code: 'conflict' },
  transition_refused: { status: 409, code: 'conflict' },
}

/** Any thrown value as the error its page shows: its own, a domain failure's, a 503 or a 500. */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err
  if (err instanceof DomainError) {
    const { status, code } = DOMAIN_STATUS[err.failure]
    return new AppError(status, code, err.message)
  }
  if (err instanceof BodyStalled) {
    return new AppError(408, 'request_timeout', ERROR_TEXT.request_timeout.message)
  }
  // Reliability review §4: a full or read-only disk is a passing condition, not a server error;
  // every writer removes its partial file and rolls back before this answer.
  if (isStorageUnavailable(err)) {
    return new AppError(503, 'storage_unavailable', ERROR_TEXT.storage_unavailable.message)
  }
  // security review F17: a stored file that fails authentication is refused, never served
  if ((err as { code?: unknown } | undefined)?.code === 'file_integrity') {
    return new AppError(500, 'file_damaged', ERROR_TEXT.file_damaged.message)
  }
  if (isDatabaseUnavailable(err)) {
    return new AppError(503, 'service_unavailable', ERROR_TEXT.service_unavailable.message)
  }
  return new AppError(500, 'internal', ERROR_TEXT.internal.message)
}

async function renderError(c: Context<AppEnv>, kit: PageKit, error: AppError): Promise<Response> {
  const text = ERROR_TEXT[error.code]
  // A refused request's message is specific (AppError.message); a server error's never is.
  const message = error.status >= 500 ? text.message : error.message
  const page = (
    <ErrorPage
      title={text.title}
      message={message}
      requestId={error.status >= 500 ? c.var.requestId : undefined}
      back={backTo(c.req.path)}
    />
  )
  c.header('Cache-Control', 'no-store')
  if (error.status === 503) c.header('Retry-After', '30')
  if (error instanceof RateLimited) c.header('Retry-After', String(error.retryAfterSeconds))
  try {
    return c.html(await renderDocument(chromeFor(c, kit), text.title, page), error.status)
  } catch {
    // Site settings unavailable (database never reached): still answer in Chinese, without layout.
    return c.html(
      `<!DOCTYPE html><html lang="zh-CN"><meta charset="utf-8"><title>${text.title}</title><h1>${text.title}</h1><p>${message}</p></html>`,
      error.status,
    )
  }
}

/** A way back into the task the person was doing. */
function backTo(path: string): { href: string; text: string } | undefined {
  // staff: back to the case the refused action was about (409/403 lead there, never "refresh")
  const kase = /^\/staff\/applications\/([0-9a-f-]{36})(\/|$)/.exec(path)
  if (kase) return { href: `/staff/applications/${kase[1]}`, text: '返回申请详情' }
  if (path.startsWith('/staff')) return { href: '/staff', text: '返回工作台' }
  if (path.startsWith('/track/') && path !== '/track/lost')
    return { href: '/track/status', text: '返回办理进度' }
  if (path.startsWith('/apply/')) return { href: '/apply/continue', text: '返回继续填写申请' }
  return undefined
}
