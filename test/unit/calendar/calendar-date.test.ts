import { describe, expect, it } from 'vitest'
import { todayInChina } from '../../../src/kernel/china-time.js'
import {
  addDays,
  addMonthsClamped,
  assertCalendarDate,
  dayOfWeek,
  daysBetween,
  isCalendarDate,
  shortDate,
  weekdayLabel,
} from '../../../src/calendar/calendar-date.js'
import { todayInChina as todayFromService } from '../../../src/calendar/calendar.service.js'

describe('calendar dates', () => {
  it.each(['2026-10-01', '2024-02-29', '2026-12-31', '2000-02-29'])('accepts %s', (date) => {
    expect(() => assertCalendarDate(date)).not.toThrow()
    expect(isCalendarDate(date)).toBe(true)
  })

  it.each([
    '2026-02-29',
    '2026-02-30',
    '2026-13-01',
    '2026-2-3',
    '2026-10-01T00:00',
    '',
    '1899-12-31',
  ])('refuses %j', (date) => {
    expect(() => assertCalendarDate(date)).toThrow(RangeError)
    expect(isCalendarDate(date)).toBe(false)
  })

  it.each([
    ['2026-09-30', 1, '2026-10-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-09-30', 15, '2026-10-15'],
  ])('%s + %i days = %s', (start, n, expected) => {
    expect(addDays(start, n)).toBe(expected)
    expect(daysBetween(start, expected)).toBe(n)
  })

  it.each([
    ['2026-01-01', 4, '周四'],
    ['2026-10-01', 4, '周四'],
    ['2026-10-10', 6, '周六'],
    ['2026-09-20', 0, '周日'],
    ['2026-02-14', 6, '周六'],
    ['2025-10-11', 6, '周六'],
    ['2028-02-29', 2, '周二'],
  ])('%s is day %i (%s)', (date, day, label) => {
    expect(dayOfWeek(date)).toBe(day)
    expect(weekdayLabel(date)).toBe(label)
  })

  it.each([
    ['2026-01-31', 1, '2026-02-28', true],
    ['2028-01-31', 1, '2028-02-29', true],
    ['2026-03-31', 1, '2026-04-30', true],
    ['2026-05-31', 1, '2026-06-30', true],
    ['2026-07-07', 3, '2026-10-07', false],
    ['2026-08-31', 3, '2026-11-30', true],
    ['2026-11-30', 3, '2027-02-28', true],
    ['2026-12-15', 1, '2027-01-15', false],
    ['2026-10-31', 14, '2027-12-31', false],
  ])('%s + %i months = %s (month end used: %s)', (start, n, date, clamped) => {
    expect(addMonthsClamped(start, n)).toEqual({ date, clamped })
  })

  it('shortens dates of the reference year only', () => {
    expect(shortDate('2026-10-03', 2026)).toBe('10-03')
    expect(shortDate('2027-01-04', 2026)).toBe('2027-01-04')
  })
})

describe('todayInChina', () => {
  it.each([
    ['2026-11-26T15:59:59Z', '2026-11-26'],
    ['2026-11-26T16:00:00Z', '2026-11-27'],
    ['2026-11-26T16:30:00Z', '2026-11-27'],
    ['2026-11-27T00:30:00+08:00', '2026-11-27'],
    ['2026-12-31T16:00:00Z', '2027-01-01'],
    ['2026-02-28T23:59:59-05:00', '2026-03-01'],
  ])('%s is %s in China', (instant, expected) => {
    expect(todayInChina(new Date(instant))).toBe(expected)
    expect(todayFromService(new Date(instant))).toBe(expected)
  })

  it('agrees with the Asia/Shanghai zone data at every half hour of 2026 and 2027', () => {
    const zone = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    })
    const start = Date.parse('2026-01-01T00:00:00Z')
    const end = Date.parse('2028-01-01T00:00:00Z')
    let checked = 0
    for (let t = start; t < end; t += 30 * 60_000) {
      expect(todayInChina(new Date(t))).toBe(zone.format(new Date(t)))
      checked++
    }
    expect(checked).toBe(2 * 365 * 48)
  })

  it('refuses an invalid date', () => {
    expect(() => todayInChina(new Date(Number.NaN))).toThrow(RangeError)
  })
})
