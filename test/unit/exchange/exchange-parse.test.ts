import { describe, expect, it } from 'vitest'
import {
  parseDate,
  parseExchangeCaseNumber,
  parseIdentifiers,
  parseMoney,
  parseNames,
} from '../../../src/exchange/import/cell-values.js'
import { canonicalLabel } from '../../../src/exchange/import/value-labels.js'

const today = new Date('2026-12-03T02:00:00Z')

describe('dates', () => {
  it.each([
    ['2024-01-05', '2024-01-05'],
    ['2024/1/5', '2024-01-05'],
    ['2024.1.5', '2024-01-05'],
    ['2024年1月5日', '2024-01-05'],
    ['2024-01-05 00:00:00', '2024-01-05'],
    ['20240105', '2024-01-05'],
    [45296, '2024-01-05'],
    ['45296', '2024-01-05'],
    [new Date(Date.UTC(2024, 0, 5)), '2024-01-05'],
    ['', null],
  ])('%s → %s', (cell, iso) => {
    expect(parseDate(cell)).toEqual({ ok: true, value: iso })
  })
  it.each(['2023-02-29', '2024-13-01', '2024年2月30日', '明天', 60])('refuses %s', (cell) => {
    expect(parseDate(cell).ok).toBe(false)
  })
})

describe('money, stored exactly with four decimals', () => {
  it.each([
    ['1,234.56', '元', '1234.5600'],
    ['￥1,000元', '元', '1000.0000'],
    ['5万元', '元', '50000.0000'],
    ['1.2345', '万元', '12345.0000'],
    [0.1 + 0.2, '元', '0.3000'],
    ['12345678901234.5678', '元', '12345678901234.5678'],
  ] as const)('%s (%s) → %s', (cell, unit, value) => {
    expect(parseMoney(cell, unit)).toEqual({ ok: true, value })
  })
  it.each(['一千元', '1.23456', '1e5'])('refuses %s', (cell) => {
    expect(parseMoney(cell).ok).toBe(false)
  })
})

describe('names, identifiers, 案号 and labels', () => {
  it('splits name lists and drops 等 and a bracketed role', () => {
    expect(parseNames('张三、李四，王五（原告）;赵六等')).toEqual({
      ok: true,
      value: ['张三', '李四', '王五', '赵六'],
    })
  })
  it('classifies identifiers without guessing at masked ones', () => {
    const parsed = parseIdentifiers('410403198001011232、4101**********1234', today)
    expect(parsed).toEqual({
      ok: true,
      value: [
        { kind: 'id_number', value: '410403198001011232' },
        { kind: 'masked', value: '4101**********1234' },
      ],
    })
  })
  it.each([
    ['(2024)豫0403执1号', '（2024）豫0403执1号'],
    ['〔2024〕豫0403执恢 12 号', '（2024）豫0403执恢12号'],
  ])('normalises %s', (cell, value) => {
    expect(parseExchangeCaseNumber(cell, today)).toEqual({ ok: true, value })
  })
  it('rejects an invalid or non-execution 案号 with the reason', () => {
    const bad = parseExchangeCaseNumber('（2024）豫0403执0号', today)
    expect(bad.ok || bad.reason).toContain('编号不能为 0')
    const civil = parseExchangeCaseNumber('（2024）豫0403民初1号', today)
    expect(civil.ok || civil.reason).toContain('不是执行案件的案号')
  })
  it('maps court labels through the court value map first', () => {
    expect(canonicalLabel('closingMethod', '终本')).toBe('终结本次执行程序')
    expect(canonicalLabel('closingMethod', '09_JAFS-3', { '09_JAFS-3': '终结执行' })).toBe(
      '终结执行',
    )
    expect(canonicalLabel('closingMethod', '部分执行完毕')).toBeUndefined()
    expect(canonicalLabel('eventType', '限高')).toBe('限制消费')
  })
})
