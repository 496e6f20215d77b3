import { describe, expect, it } from 'vitest'
import {
  chinaDateTime,
  chinaDayStart,
  formatCalendarDay,
  formatChineseDate,
  formatChineseDateTime,
} from '../../../src/kernel/china-time.js'

describe('formatChineseDateTime (Asia/Shanghai)', () => {
  it.each([
    ['2026-11-26T02:00:00Z', '2026年11月26日 10:00'],
    ['2026-11-25T16:30:00Z', '2026年11月26日 00:30'],
    ['2026-12-31T15:59:59Z', '2026年12月31日 23:59'],
    ['2026-12-31T16:00:00Z', '2027年1月1日 00:00'],
  ])('%s → %s', (iso, expected) => {
    expect(formatChineseDateTime(new Date(iso))).toBe(expected)
  })

  it('formats the date alone and refuses an invalid date', () => {
    expect(formatChineseDate(new Date('2026-03-07T20:00:00Z'))).toBe('2026年3月8日')
    expect(() => formatChineseDate(new Date('nonsense'))).toThrow(RangeError)
  })
})

describe('a China calendar day', () => {
  it.each([
    ['2026-11-26', '2026年11月26日'],
    ['2027-01-01', '2027年1月1日'],
    ['2024-02-29', '2024年2月29日'],
  ])('%s reads %s, whatever the server zone', (day, expected) => {
    expect(formatCalendarDay(day)).toBe(expected)
    // the form the seven call sites used before formatCalendarDay
    expect(formatCalendarDay(day)).toBe(formatChineseDate(new Date(`${day}T12:00:00+08:00`)))
  })

  it('starts at 00:00 in China and refuses what is not a day', () => {
    expect(chinaDayStart('2026-11-26').toISOString()).toBe('2026-11-25T16:00:00.000Z')
    expect(() => formatCalendarDay('soon')).toThrow(RangeError)
  })

  it('gives staff times to the second', () => {
    expect(chinaDateTime(new Date('2026-12-31T16:00:05Z'))).toBe('2027-01-01 00:00:05')
  })
})
