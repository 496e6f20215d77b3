import { todayInChina } from '../../kernel/china-time.js'
import { compactIdentifier, invalid, isRealDate, type Invalid } from './normalise.js'

export type IdNumberResult =
  { ok: true; value: string; birthDate: string; sex: '男' | '女' } | Invalid

/** GB 11643-1999 check code (ISO 7064 MOD 11-2): the weight of position i is 2^(18−i) mod 11. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK_CHARS = '10X98765432'
/**
 * Only catches typos such as 1090 for 1990: GB 11643's own example (docs/product.md §13) was born in 1880, so
 * a tighter bound would reject a number the standard itself calls valid.
 */
const EARLIEST_BIRTH_DATE = '1800-01-01'

/** The 18th character GB 11643 requires after these 17 digits. */
export function idNumberCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('expected 17 digits')
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(first17[i]), 0)
  return CHECK_CHARS[sum % 11] as string
}

/**
 * Validates an 18-character 居民身份证号 (公民身份号码, GB 11643-1999): shape, the birth date in
 * positions 7–14 and the check character. `today` bounds the birth date (the date in China).
 */
export function parseIdNumber(input: string, today: Date): IdNumberResult {
  const value = compactIdentifier(input).toUpperCase()
  const shapeProblem = checkShape(value)
  if (shapeProblem) return invalid(shapeProblem)
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`
  const dateProblem = checkBirthDate(birthDate, today)
  if (dateProblem) return invalid(dateProblem)
  // The date is checked first: it names the digits to look at, the check character cannot.
  if (idNumberCheckChar(value.slice(0, 17)) !== value[17]) {
    return invalid('证件号码校验位不正确，请核对最后一位')
  }
  // GB 11643: the 顺序码 (positions 15–17) is odd for men and even for women.
  const sex = Number(value[16]) % 2 === 1 ? '男' : '女'
  return { ok: true, value, birthDate, sex }
}

function checkShape(value: string): string | undefined {
  if (value === '') return '请填写证件号码'
  if (/^\d{15}$/.test(value)) {
    // GB 11643-1989 numbers carry a 2-digit year and no check digit, so they cannot be verified.
    return '这是 15 位的旧身份证号码，网上申请不能使用。请填写 18 位的居民身份证号码，它印在身份证有照片一面的最下方。'
  }
  if (!/^[0-9X]+$/.test(value)) {
    return '证件号码只能填写数字，最后一位可能是字母 X，请不要填写其他文字或符号'
  }
  if (value.length !== 18) return `居民身份证号码应为 18 位，您填写了 ${value.length} 位，请核对`
  if (!/^\d{17}[\dX]$/.test(value)) {
    return '证件号码只有最后一位可能是字母 X，前 17 位都是数字，请核对'
  }
  return undefined
}

function checkBirthDate(birthDate: string, today: Date): string | undefined {
  if (!isRealDate(birthDate)) return '出生日期不存在，请核对证件号码第 7 至 14 位'
  if (birthDate < EARLIEST_BIRTH_DATE) {
    return '证件号码中的出生年份不正确，请核对证件号码第 7 至 10 位'
  }
  if (birthDate > todayInChina(today)) {
    return '证件号码中的出生日期晚于今天，请核对证件号码第 7 至 14 位'
  }
  return undefined
}

/**
 * For lists and logs (docs/product.md §14: personal data masked unless revealed): keeps the first and last
 * quarter, at most four characters each, e.g. 4104**********1233.
 */
export function maskIdNumber(value: string): string {
  const chars = [...value]
  const keep = Math.min(4, Math.floor(chars.length / 4))
  const hidden = '*'.repeat(chars.length - 2 * keep)
  return chars.slice(0, keep).join('') + hidden + (keep > 0 ? chars.slice(-keep).join('') : '')
}
