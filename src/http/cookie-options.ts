import type { Config } from '../config.js'

/**
 * What every cookie set here shares: scripts cannot read it, and a site served over HTTPS never
 * sends it over plain HTTP. Path and SameSite differ per cookie and stay beside it.
 */
export function cookieOptions(config: Pick<Config, 'publicBaseUrl'>): {
  httpOnly: true
  secure: boolean
} {
  return { httpOnly: true, secure: config.publicBaseUrl.startsWith('https://') }
}
