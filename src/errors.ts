export type AppErrorCode =
  | 'bad_request'
  | 'csrf_invalid'
  | 'forbidden'
  | 'not_found'
  | 'payload_too_large'
  | 'rate_limited'
  | 'conflict'
  | 'service_unavailable'
  | 'internal'

export type ErrorStatus = 400 | 403 | 404 | 409 | 413 | 422 | 429 | 500 | 503

/** The one error type routes and services throw on purpose; `message` is shown to the user. */
export class AppError extends Error {
  constructor(
    readonly status: ErrorStatus,
    readonly code: AppErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'AppError'
  }
}
