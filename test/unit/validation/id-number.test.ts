import { describe, expect, it } from 'vitest'
import {
  idNumberCheckChar,
  maskIdNumber,
  parseIdNumber,
} from '../../../src/applications/validation/id-number.js'

/** Noon in China on 2025-06-15. */
const today = new Date('2025-06-15T12:00:00+08:00')

/** A number with the right check character for the given first 17 digits. */
const withCheck = (first17: string) => first17 + idNumberCheckChar(first17)

describe('parseIdNumber (GB 11643)', () => {
  it.each([
    // docs/product.md §13 / GB 11643's own examples
    ['11010519491231002X', '11010519491231002X', '1949-12-31', '女'],
    ['440524188001010014', '440524188001010014', '1880-01-01', '男'],
    ['410403199003071233', '410403199003071233', '1990-03-07', '男'],
    // lower-case x, full-width characters, spaces and the ideographic space are normalised
    ['11010519491231002x', '11010519491231002X', '1949-12-31', '女'],
    ['１１０１０５１９４９１２３１００２Ｘ', '11010519491231002X', '1949-12-31', '女'],
    ['  110105 19491231 002ｘ\u3000', '11010519491231002X', '1949-12-31', '女'],
    // leap day in a leap year that is divisible by 400
    ['41040320000229123X', '41040320000229123X', '2000-02-29', '男'],
    [withCheck('41040320250615124'), withCheck('41040320250615124'), '2025-06-15', '女'],
  ])('accepts %s', (input, value, birthDate, sex) => {
    expect(parseIdNumber(input, today)).toEqual({ ok: true, value, birthDate, sex })
  })

  it.each([
    ['', '请填写证件号码'],
    ['   ', '请填写证件号码'],
    ['110105194912310021', '证件号码校验位不正确，请核对最后一位'],
    ['410403199003071235', '证件号码校验位不正确，请核对最后一位'],
    ['41040319900230123X', '出生日期不存在，请核对证件号码第 7 至 14 位'],
    // 1900 is not a leap year (divisible by 100, not by 400); its check digit is right
    ['410403190002291233', '出生日期不存在，请核对证件号码第 7 至 14 位'],
    [withCheck('41040319901301123'), '出生日期不存在，请核对证件号码第 7 至 14 位'],
    [withCheck('41040320250616123'), '证件号码中的出生日期晚于今天，请核对证件号码第 7 至 14 位'],
    [withCheck('41040310900101123'), '证件号码中的出生年份不正确，请核对证件号码第 7 至 10 位'],
    ['41040319900307123', '居民身份证号码应为 18 位，您填写了 17 位，请核对'],
    ['4104031990030712333', '居民身份证号码应为 18 位，您填写了 19 位，请核对'],
    ['41040319900307X233', '证件号码只有最后一位可能是字母 X，前 17 位都是数字，请核对'],
    [
      '410403-19900307-1233',
      '证件号码只能填写数字，最后一位可能是字母 X，请不要填写其他文字或符号',
    ],
    [
      '身份证410403199003071233',
      '证件号码只能填写数字，最后一位可能是字母 X，请不要填写其他文字或符号',
    ],
  ])('rejects %j: %s', (input, message) => {
    expect(parseIdNumber(input, today)).toEqual({ ok: false, message })
  })

  it('refuses 15-digit numbers of GB 11643-1989 and asks for the 18-digit number', () => {
    const result = parseIdNumber('410403900307123', today)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.message).toContain('15 位的旧身份证号码')
    expect(result.message).toContain('网上申请不能使用')
    expect(result.message).toContain('请填写 18 位的居民身份证号码')
  })

  it('decides "today" by the date in China, whatever the server time zone', () => {
    // 2025-06-14 17:00 UTC is already 2025-06-15 01:00 in China.
    const justAfterMidnight = new Date('2025-06-14T17:00:00Z')
    expect(parseIdNumber(withCheck('41040320250615124'), justAfterMidnight).ok).toBe(true)
    const justBeforeMidnight = new Date('2025-06-14T15:59:59Z')
    expect(parseIdNumber(withCheck('41040320250615124'), justBeforeMidnight).ok).toBe(false)
  })

  const valid = '410403199003071233'
  it.each(Array.from({ length: 17 }, (_, i) => [i + 1]))(
    'catches every single-digit change at position %i',
    (position) => {
      const original = valid[position - 1]
      for (const digit of '0123456789') {
        if (digit === original) continue
        const changed = valid.slice(0, position - 1) + digit + valid.slice(position)
        expect(parseIdNumber(changed, today).ok, changed).toBe(false)
      }
    },
  )

  it('reports a digit typed in place of the X check character as a check error', () => {
    expect(parseIdNumber('11010519491231002X'.replace('X', '0'), today)).toEqual({
      ok: false,
      message: '证件号码校验位不正确，请核对最后一位',
    })
  })
})

describe('idNumberCheckChar', () => {
  it.each([
    ['11010519491231002', 'X'],
    ['44052418800101001', '4'],
    ['41040319900307123', '3'],
  ])('%s → %s', (first17, check) => {
    expect(idNumberCheckChar(first17)).toBe(check)
  })

  it('refuses input that is not 17 digits', () => {
    expect(() => idNumberCheckChar('4104031990030712')).toThrow(RangeError)
  })
})

describe('maskIdNumber', () => {
  it.each([
    ['410403199003071233', '4104**********1233'],
    ['11010519491231002X', '1101**********002X'],
    ['E12345678', 'E1*****78'],
    ['123', '***'],
    ['', ''],
  ])('%s → %s', (value, masked) => {
    expect(maskIdNumber(value)).toBe(masked)
  })
})
