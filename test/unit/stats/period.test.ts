import { describe, expect, it } from 'vitest'
import { median, percentile90 } from '../../../src/stats/figure-values.js'
import {
  monthsOf,
  periodOf,
  periodQuery,
  rangeOf,
  sameTimeLastYear,
} from '../../../src/stats/period.js'

describe('reporting periods', () => {
  it.each([
    [{ kind: 'year', year: 2026 } as const, '2026-01-01', '2026-12-31', '2026年'],
    [
      { kind: 'quarter', year: 2026, quarter: 3 } as const,
      '2026-07-01',
      '2026-09-30',
      '2026年第三季度',
    ],
    [{ kind: 'month', year: 2028, month: 2 } as const, '2028-02-01', '2028-02-29', '2028年2月'],
    [
      { kind: 'range', from: '2026-03-05', to: '2026-04-10' } as const,
      '2026-03-05',
      '2026-04-10',
      '2026年3月5日至2026年4月10日',
    ],
  ])('%o runs %s to %s', (input, from, to, label) => {
    expect(periodOf(input)).toMatchObject({ from, to, label })
  })

  it('bounds a period at 00:00 China time (+08:00) on both ends', () => {
    const r = rangeOf(periodOf({ kind: 'quarter', year: 2026, quarter: 3 }))
    expect(r.from.toISOString()).toBe('2026-06-30T16:00:00.000Z')
    expect(r.until.toISOString()).toBe('2026-09-30T16:00:00.000Z')
  })

  it.each([
    [periodOf({ kind: 'month', year: 2028, month: 2 }), '2027-02-01', '2027-02-28', '2027年2月'],
    [
      periodOf({ kind: 'quarter', year: 2026, quarter: 1 }),
      '2025-01-01',
      '2025-03-31',
      '2025年第一季度',
    ],
    [
      periodOf({ kind: 'range', from: '2028-02-29', to: '2028-03-31' }),
      '2027-02-28',
      '2027-03-31',
      '2027年2月28日至2027年3月31日',
    ],
  ])('the same period last year of %o', (p, from, to, label) => {
    expect(sameTimeLastYear(p)).toMatchObject({ from, to, label })
  })

  it('lists the months a period touches and names it in a query string', () => {
    const p = periodOf({ kind: 'range', from: '2025-11-20', to: '2026-02-03' })
    expect(monthsOf(p)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02'])
    expect(periodQuery(periodOf({ kind: 'quarter', year: 2026, quarter: 4 }))).toBe(
      'period=quarter&year=2026&quarter=4',
    )
  })
})

describe('median and 90th percentile', () => {
  it.each([
    [[], null, null],
    [[5], 5, 5],
    [[9, 1, 2, 2], 2, 9],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5.5, 9],
  ])('%o → median %s, P90 %s', (values, m, p90) => {
    expect(median(values)).toBe(m)
    expect(percentile90(values)).toBe(p90)
  })
})
