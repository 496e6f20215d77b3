import { Secret, TOTP } from 'otpauth'

/** RFC 6238 defaults every authenticator app understands: SHA-1, 6 digits, 30-second steps. */
const PERIOD = 30

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32
}

function totp(secretBase32: string, label = '', issuer = '执监通'): TOTP {
  return new TOTP({
    issuer,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD,
    secret: Secret.fromBase32(secretBase32),
  })
}

/** The otpauth:// URI shown as a QR code at enrolment. */
export function totpUri(secretBase32: string, username: string, issuer: string): string {
  return totp(secretBase32, username, issuer).toString()
}

/**
 * The time step of a valid code (one step of clock drift either way), or undefined. Callers refuse
 * a step at or before the last accepted one, so a code cannot be replayed.
 */
export function verifyTotp(secretBase32: string, code: string, now: Date): number | undefined {
  const token = code.normalize('NFKC').replace(/\s/g, '')
  if (!/^\d{6}$/.test(token)) return undefined
  const delta = totp(secretBase32).validate({ token, timestamp: now.getTime(), window: 1 })
  if (delta === null) return undefined
  return Math.floor(now.getTime() / 1000 / PERIOD) + delta
}

/** The current code, for tests and the enrolment self-check. */
export function currentTotp(secretBase32: string, now: Date): string {
  return totp(secretBase32).generate({ timestamp: now.getTime() })
}
