import { compactIdentifier, invalid, type Invalid } from './normalise.js'

export type CreditCodeResult = { ok: true; value: string } | Invalid

/** GB 32100-2015 character set: 0-9 and A-Z without I, O, Z, S, V (too easily misread). */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'

/** What a forbidden letter was most likely meant to be, to make the message actionable. */
const LOOKALIKE_DIGITS: Record<string, string> = { I: '1', O: '0', Z: '2', S: '5' }

/** GB 32100-2015 check character for the first 17 characters (weights 3^(i−1) mod 31). */
export function creditCodeCheckChar(first17: string): string {
  if (first17.length !== 17) throw new RangeError('expected 17 characters')
  let weight = 1
  let sum = 0
  for (const char of first17) {
    const value = ALPHABET.indexOf(char)
    if (value < 0) throw new RangeError(`not a GB 32100 character: ${char}`)
    sum += value * weight
    weight = (weight * 3) % 31
  }
  return ALPHABET[(31 - (sum % 31)) % 31] as string
}

/** Validates an 18-character 统一社会信用代码 (GB 32100-2015); lower case is accepted. */
export function parseCreditCode(input: string): CreditCodeResult {
  const value = compactIdentifier(input).toUpperCase()
  const problem = checkShape(value)
  if (problem) return invalid(problem)
  if (creditCodeCheckChar(value.slice(0, 17)) !== value[17]) {
    return invalid('统一社会信用代码校验位不正确，请核对最后一位')
  }
  return { ok: true, value }
}

function checkShape(value: string): string | undefined {
  if (value === '') return '请填写统一社会信用代码'
  if (!/^[0-9A-Z]+$/.test(value)) {
    return '统一社会信用代码只能由数字和英文字母组成，请不要填写汉字或符号'
  }
  if (value.length === 15 && /^\d+$/.test(value)) {
    return '这像是 15 位的旧营业执照注册号。请填写营业执照或登记证书上“统一社会信用代码”一栏的 18 位代码'
  }
  if (value.length !== 18) return `统一社会信用代码应为 18 位，您填写了 ${value.length} 位，请核对`
  const forbidden = /[IOZSV]/.exec(value)
  if (forbidden) return forbiddenLetterMessage(forbidden[0], forbidden.index + 1)
  // Positions 3–8 are the registering authority's GB/T 2260 administrative division code.
  if (!/^\d{6}$/.test(value.slice(2, 8))) {
    return '统一社会信用代码第 3 至 8 位应为数字（登记机关所在地的行政区划代码），请核对'
  }
  return undefined
}

function forbiddenLetterMessage(letter: string, position: number): string {
  const digit = LOOKALIKE_DIGITS[letter]
  const hint = digit ? `，可能是数字“${digit}”` : ''
  return `统一社会信用代码不使用字母 I、O、Z、S、V。第 ${position} 位的“${letter}”请核对${hint}`
}
