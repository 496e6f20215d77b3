import { invalid, toHalfWidth, type Invalid } from './normalise.js'

export type EmailResult = { ok: true; value: string } | Invalid

const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/
const DOMAIN = /^([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/

/**
 * E-mail address for notices. Full-width ＠ and the ideographic full stop 。 that Chinese input
 * methods produce are mapped to @ and .; only the domain is lower-cased, because domains are
 * case-insensitive but the local part may not be (RFC 5321 §2.4).
 */
export function parseEmail(input: string): EmailResult {
  const text = toHalfWidth(input).trim().replace(/。/g, '.')
  if (text === '') return invalid('请填写电子邮箱')
  const at = text.lastIndexOf('@')
  const local = text.slice(0, Math.max(0, at))
  const domain = text.slice(at + 1).toLowerCase()
  // RFC 5321 §4.5.3.1: the local part is at most 64 octets and a path at most 256 (254 usable).
  const fits = at > 0 && local.length <= 64 && text.length <= 254
  if (!fits || !LOCAL_PART.test(local) || !DOMAIN.test(domain)) {
    return invalid('电子邮箱格式不正确，例如 zhangsan@example.com')
  }
  return { ok: true, value: `${local}@${domain}` }
}
