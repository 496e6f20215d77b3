import { describe, expect, it } from 'vitest'
import { addDays } from '../../../src/calendar/calendar-date.js'
import {
  formatValue,
  spanCalendar,
  median,
  percentile90,
  weightedMedian,
  weightedPercentile90,
} from '../../../src/stats/figure-values.js'

/** The page counts durations as (value, how many) pairs; they must give what the plain lists give. */
describe('weighted median and 90th percentile', () => {
  it.each([
    [[], null, null],
    [[5], 5, 5],
    [[1, 2], 1.5, 2],
    [[3, 1, 2], 2, 3],
    [[1, 1, 1, 9], 1, 9],
    [[0, 2, 2, 4, 4, 4, 7, 7, 8, 30], 4, 8],
  ])('%j → median %s, P90 %s', (values, med, p90) => {
    expect(median(values)).toBe(med)
    expect(percentile90(values)).toBe(p90)
    const counts = new Map<number, number>()
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1)
    const weighted = [...counts].map(([value, n]) => ({ value, n })).reverse()
    expect(weightedMedian(weighted)).toBe(med)
    expect(weightedPercentile90(weighted)).toBe(p90)
  })

  it('ignores groups of nothing and shows amounts in yuan with two decimals', () => {
    expect(weightedMedian([{ value: 4, n: 0 }])).toBeNull()
    expect(formatValue(5000.5, '元')).toBe('5000.50')
    expect(formatValue(12.25, '日')).toBe('12.3')
  })
})

describe('spanCalendar', () => {
  // weekends off, plus one holiday: what the calendar module answers, walked day by day
  const holiday = '2026-10-01'
  const isWorkday = (d: string) => {
    const w = new Date(`${d}T00:00:00Z`).getUTCDay()
    return w !== 0 && w !== 6 && d !== holiday
  }
  const walk = {
    workingDaysUntil(from: string, to: string) {
      let n = 0
      for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkday(d)) n++
      return n
    },
  }
  it('answers every pair of the days it spans as the day-by-day walk does', () => {
    const days = [
      '2026-09-25',
      '2026-09-28',
      '2026-09-30',
      '2026-10-01',
      '2026-10-09',
      '2026-11-02',
    ]
    const span = spanCalendar(walk, days)
    for (const a of days)
      for (const b of [...days, '2026-12-31'])
        expect(span.workingDaysUntil(a, b), `${a} → ${b}`).toBe(walk.workingDaysUntil(a, b))
  })
})
