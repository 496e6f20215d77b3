import { invalid, toHalfWidth, type Invalid } from './normalise.js'

export type MobileResult = { ok: true; value: string } | Invalid

/** Separators people type inside phone numbers: spaces, dashes of every width, dots, brackets. */
const SEPARATORS = /[\s\-‐‑‒–—―.·()]/g

/**
 * Validates a mainland mobile number and returns its 11 digits. The number plan's segments change,
 * so only the shape ^1[3-9]\d{9}$ is enforced (docs/domain-rules.md §5.3), not a list of 号段.
 */
export function parseMobile(input: string): MobileResult {
  const compact = toHalfWidth(input).replace(SEPARATORS, '')
  if (compact === '') return invalid('请填写手机号码')
  const digits = withoutCountryCode(compact)
  if (digits === undefined) return invalid('请填写中国大陆的手机号码（11 位数字，以 1 开头）')
  if (!/^\d+$/.test(digits)) return invalid('手机号码只能填写数字，请不要填写文字或其他符号')
  if (digits.startsWith('0')) {
    return invalid('这像是固定电话号码。此处请填写手机号码：11 位数字，以 1 开头')
  }
  if (digits.length !== 11) {
    return invalid(`手机号码应为 11 位数字，以 1 开头，您填写了 ${digits.length} 位`)
  }
  if (!digits.startsWith('1')) return invalid('手机号码应为 11 位数字，以 1 开头')
  if (!/^1[3-9]/.test(digits)) return invalid('手机号码第 2 位应为 3 至 9 中的一个数字，请核对')
  return { ok: true, value: digits }
}

/** Strips +86, 0086 or 86; undefined when another country's code was given. */
function withoutCountryCode(compact: string): string | undefined {
  if (compact.startsWith('+')) return compact.startsWith('+86') ? compact.slice(3) : undefined
  if (compact.startsWith('0086') && compact.length === 15) return compact.slice(4)
  // A bare 86 prefix only counts when it leaves exactly 11 digits (a number may itself hold 86).
  if (compact.startsWith('86') && compact.length === 13) return compact.slice(2)
  return compact
}

/** For lists and notices (docs/product.md §14): 138****5678. */
export function maskMobile(value: string): string {
  if (/^\d{11}$/.test(value)) return `${value.slice(0, 3)}****${value.slice(-4)}`
  return '*'.repeat(Math.max(0, value.length - 4)) + value.slice(-4)
}

/** The last four digits, e.g. for "发送至尾号 5678 的手机". */
export function lastFourDigits(value: string): string {
  return value.replace(/\D/g, '').slice(-4)
}
