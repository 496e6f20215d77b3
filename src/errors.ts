export type AppErrorCode =
  | 'bad_request'
  | 'csrf_invalid'
  | 'forbidden'
  | 'not_found'
  | 'payload_too_large'
  | 'rate_limited'
  | 'request_timeout'
  | 'storage_unavailable'
  | 'conflict'
  | 'service_unavailable'
  | 'file_damaged'
  | 'internal'

export type ErrorStatus = 400 | 403 | 404 | 408 | 409 | 413 | 422 | 429 | 500 | 503

/**
 * A refusal that carries its own status, for the rarer cases no DomainError names (a forbidden
 * act, a payload too large, a conflict particular to one action); `message` is shown to the user.
 */
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

/** What a domain rule refused; http/error-handler.tsx gives each its status, in one table. */
export type DomainFailure = 'not_found' | 'stale_version' | 'transition_refused'

/**
 * A refusal by the domain, thrown by services that know nothing of HTTP; `message` is shown to the
 * user. What a person can correct on the same form is returned as FormErrors instead, and what
 * cannot happen is a plain Error (a 500 page).
 */
export class DomainError extends Error {
  constructor(
    readonly failure: DomainFailure,
    message: string,
  ) {
    super(message)
    this.name = new.target.name
  }
}

/** The record does not exist, or is not one this person may reach (a 404 page). */
export class NotFound extends DomainError {
  constructor(message: string) {
    super('not_found', message)
  }
}

/** The page acted on an older version of the application than the stored one (409). */
export class StaleVersion extends DomainError {
  constructor(message: string) {
    super('stale_version', message)
  }
}

/** The application's stage, or the person's roles, do not allow this act (409). */
export class TransitionRefused extends DomainError {
  constructor(message: string) {
    super('transition_refused', message)
  }
}
