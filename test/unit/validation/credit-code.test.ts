import { describe, expect, it } from 'vitest'
import {
  creditCodeCheckChar,
  parseCreditCode,
} from '../../../src/applications/validation/credit-code.js'

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'

/** Our own examples: a body we made up plus the check character the algorithm gives it. */
const own = (first17: string) => first17 + creditCodeCheckChar(first17)

describe('creditCodeCheckChar (GB 32100)', () => {
  it.each([
    ['91410403MA9X00003', 'H'],
    ['91410403123456788', 'R'],
    ['91350100M000100Y4', '3'],
    // Real-looking code of a 深圳 enterprise (region 440300), verified by the algorithm.
    ['91440300192203821', '6'],
    ['91330100799655058', 'B'],
    // Worked by hand: Σ value×3^(i−1) mod 31 over 11000000000000000 is 1+3 = 4 → (31−4) mod 31 = 27 → U.
    ['11000000000000000', 'U'],
    ['00000000000000000', '0'],
  ])('%s → %s', (first17, check) => {
    expect(creditCodeCheckChar(first17)).toBe(check)
  })

  it('refuses characters outside the alphabet and wrong lengths', () => {
    expect(() => creditCodeCheckChar('91410403MA9X0000I')).toThrow(RangeError)
    expect(() => creditCodeCheckChar('91410403MA9X0000')).toThrow(RangeError)
  })
})

describe('parseCreditCode', () => {
  it.each([
    ['91410403MA9X00003H', '91410403MA9X00003H'],
    ['91410403123456788R', '91410403123456788R'],
    ['91350100M000100Y43', '91350100M000100Y43'],
    ['914403001922038216', '914403001922038216'],
    ['91330100799655058B', '91330100799655058B'],
    [own('12410403MB1234567'), own('12410403MB1234567')],
    [own('52410403MJ0000001'), own('52410403MJ0000001')],
    [own('Y1410403000000001'), own('Y1410403000000001')],
    // lower case, full-width and spaces are normalised
    ['91410403ma9x00003h', '91410403MA9X00003H'],
    ['９１４１０４０３ＭＡ９Ｘ００００３Ｈ', '91410403MA9X00003H'],
    [' 9141 0403 MA9X 0000 3H ', '91410403MA9X00003H'],
  ])('accepts %s', (input, value) => {
    expect(parseCreditCode(input)).toEqual({ ok: true, value })
  })

  it.each([
    ['', '请填写统一社会信用代码'],
    ['91410403MA9X00003A', '统一社会信用代码校验位不正确，请核对最后一位'],
    ['91410403MA9X00003G', '统一社会信用代码校验位不正确，请核对最后一位'],
    ['9141040MA9X00003H', '统一社会信用代码应为 18 位，您填写了 17 位，请核对'],
    ['91410403MA9X00003HH', '统一社会信用代码应为 18 位，您填写了 19 位，请核对'],
    [
      '91410403MA9X0000IH',
      '统一社会信用代码不使用字母 I、O、Z、S、V。第 17 位的“I”请核对，可能是数字“1”',
    ],
    [
      '91410403MA9XO0003H',
      '统一社会信用代码不使用字母 I、O、Z、S、V。第 13 位的“O”请核对，可能是数字“0”',
    ],
    [
      '91410403MAZX00003H',
      '统一社会信用代码不使用字母 I、O、Z、S、V。第 11 位的“Z”请核对，可能是数字“2”',
    ],
    [
      '9141040SMA9X00003H',
      '统一社会信用代码不使用字母 I、O、Z、S、V。第 8 位的“S”请核对，可能是数字“5”',
    ],
    ['91410403MV9X00003H', '统一社会信用代码不使用字母 I、O、Z、S、V。第 10 位的“V”请核对'],
    [
      '91A10403MA9X00003H',
      '统一社会信用代码第 3 至 8 位应为数字（登记机关所在地的行政区划代码），请核对',
    ],
    ['91410403-MA9X00003H', '统一社会信用代码只能由数字和英文字母组成，请不要填写汉字或符号'],
    [
      '统一社会信用代码91410403MA9X00003H',
      '统一社会信用代码只能由数字和英文字母组成，请不要填写汉字或符号',
    ],
  ])('rejects %j: %s', (input, message) => {
    expect(parseCreditCode(input)).toEqual({ ok: false, message })
  })

  it('explains that a 15-digit number is the old business registration number', () => {
    const result = parseCreditCode('410403000012345')
    expect(result).toMatchObject({ ok: false })
    if (!result.ok) expect(result.message).toContain('旧营业执照注册号')
  })

  const valid = '91410403MA9X00003H'
  it.each(Array.from({ length: 17 }, (_, i) => [i + 1]))(
    'catches every single-character change at position %i',
    (position) => {
      for (const char of ALPHABET) {
        if (char === valid[position - 1]) continue
        const changed = valid.slice(0, position - 1) + char + valid.slice(position)
        expect(parseCreditCode(changed).ok, changed).toBe(false)
      }
    },
  )
})
