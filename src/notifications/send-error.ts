import { redact } from '../logging/redact.js'

/** Errors about the server or the connection, not about this message (nodemailer's codes). */
const SERVER_LEVEL_CODES = new Set([
  'ECONNECTION',
  'ETIMEDOUT',
  'ESOCKET',
  'EDNS',
  'ETLS',
  'EAUTH',
  'ENOAUTH',
  'EPROXY',
  'ECONNREFUSED',
])

export function isServerUnavailable(err: unknown): boolean {
  const { code, responseCode } = (err ?? {}) as { code?: unknown; responseCode?: unknown }
  return (typeof code === 'string' && SERVER_LEVEL_CODES.has(code)) || responseCode === 421
}

/**
 * What is stored in last_error and logged: the error's class, its code and the SMTP reply, masked
 * and cut short. An SMTP reply may echo the recipient ("550 <x@y>: no such user"); redact() masks
 * addresses and long numbers so neither the column nor the log holds personal data.
 */
export function describeSendError(err: unknown): string {
  if (!(err instanceof Error)) return 'UnknownError'
  const { code, responseCode } = err as { code?: unknown; responseCode?: unknown }
  const parts = [
    err.name,
    typeof code === 'string' ? code : undefined,
    typeof responseCode === 'number' ? String(responseCode) : undefined,
  ].filter(Boolean)
  const text = `${parts.join(' ')}: ${err.message}`.replace(/\s+/g, ' ')
  return redact(text).slice(0, 500)
}
