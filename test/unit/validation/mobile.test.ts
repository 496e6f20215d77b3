import { describe, expect, it } from 'vitest'
import {
  lastFourDigits,
  maskMobile,
  parseMobile,
} from '../../../src/applications/validation/mobile.js'

describe('parseMobile', () => {
  it.each([
    ['13812345678', '13812345678'],
    [' 138 1234 5678 ', '13812345678'],
    ['138-1234-5678', '13812345678'],
    ['138.1234.5678', '13812345678'],
    ['138—1234—5678', '13812345678'],
    ['+86 138 1234 5678', '13812345678'],
    ['+86-13812345678', '13812345678'],
    ['(+86) 138 1234 5678', '13812345678'],
    ['0086 138 1234 5678', '13812345678'],
    ['8613812345678', '13812345678'],
    ['86 13812345678', '13812345678'],
    ['１３８１２３４５６７８', '13812345678'],
    ['＋８６　１３８－１２３４－５６７８', '13812345678'],
    ['（１３８）１２３４５６７８', '13812345678'],
    ['19912345678', '19912345678'],
    // an 11-digit number that itself starts with 86… is not mistaken for a prefix
    ['18612345678', '18612345678'],
  ])('accepts %j as %s', (input, value) => {
    expect(parseMobile(input)).toEqual({ ok: true, value })
  })

  it.each([
    ['', '请填写手机号码'],
    [' - ', '请填写手机号码'],
    ['1381234567', '手机号码应为 11 位数字，以 1 开头，您填写了 10 位'],
    ['138123456789', '手机号码应为 11 位数字，以 1 开头，您填写了 12 位'],
    ['+86 138 1234 567', '手机号码应为 11 位数字，以 1 开头，您填写了 10 位'],
    ['23812345678', '手机号码应为 11 位数字，以 1 开头'],
    ['12812345678', '手机号码第 2 位应为 3 至 9 中的一个数字，请核对'],
    ['0375-1234567', '这像是固定电话号码。此处请填写手机号码：11 位数字，以 1 开头'],
    ['+1 415 555 0100', '请填写中国大陆的手机号码（11 位数字，以 1 开头）'],
    ['138abcd5678', '手机号码只能填写数字，请不要填写文字或其他符号'],
    ['手机13812345678', '手机号码只能填写数字，请不要填写文字或其他符号'],
  ])('rejects %j: %s', (input, message) => {
    expect(parseMobile(input)).toEqual({ ok: false, message })
  })
})

describe('maskMobile and lastFourDigits', () => {
  it.each([
    ['13812345678', '138****5678', '5678'],
    ['19900001111', '199****1111', '1111'],
  ])('%s → %s, last four %s', (value, masked, last4) => {
    expect(maskMobile(value)).toBe(masked)
    expect(lastFourDigits(value)).toBe(last4)
  })

  it('masks all but the last four of anything that is not 11 digits', () => {
    expect(maskMobile('12345')).toBe('*2345')
    expect(maskMobile('123')).toBe('123')
  })
})
