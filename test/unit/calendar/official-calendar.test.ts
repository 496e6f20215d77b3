import chineseDays from 'chinese-days'
import { describe, expect, it } from 'vitest'
import { addDays } from '../../../src/calendar/calendar-date.js'
import {
  PACKAGE_YEARS,
  createOfficialCalendar,
  unknownYearNote,
} from '../../../src/calendar/official-calendar.js'

const official = createOfficialCalendar()

describe('the official calendar from chinese-days', () => {
  // State Council notices: 国办发明电〔2024〕12号 (2025) and the 2026 notice (gov.cn content_7047091).
  it.each([
    ['2025-01-01', false, '元旦放假'],
    ['2025-01-26', true, '调休上班'],
    ['2025-01-28', false, '春节放假'],
    ['2025-02-04', false, '春节放假'],
    ['2025-02-08', true, '调休上班'],
    ['2025-04-27', true, '调休上班'],
    ['2025-09-28', true, '调休上班'],
    ['2025-10-06', false, '中秋节放假'],
    ['2025-10-08', false, '国庆节放假'],
    ['2025-10-11', true, '调休上班'],
    ['2026-01-02', false, '元旦放假'],
    ['2026-01-04', true, '调休上班'],
    ['2026-02-14', true, '调休上班'],
    ['2026-02-15', false, '春节放假'],
    ['2026-02-23', false, '春节放假'],
    ['2026-02-28', true, '调休上班'],
    ['2026-04-06', false, '清明节放假'],
    ['2026-05-09', true, '调休上班'],
    ['2026-06-19', false, '端午节放假'],
    ['2026-09-20', true, '调休上班'],
    ['2026-09-25', false, '中秋节放假'],
    ['2026-10-01', false, '国庆节放假'],
    ['2026-10-07', false, '国庆节放假'],
    ['2026-10-10', true, '调休上班'],
  ])('%s: working day %s, %s', (date, work, label) => {
    expect(official.isWorkday(date)).toBe(work)
    expect(official.describe(date)).toBe(label)
  })

  it.each([
    ['2026-10-08', true],
    ['2026-10-11', false],
    ['2026-02-24', true],
    ['2026-03-07', false],
  ])('%s is an ordinary day (working: %s) without a label', (date, work) => {
    expect(official.isWorkday(date)).toBe(work)
    expect(official.describe(date)).toBeUndefined()
  })

  it('knows 2004–2026 from the package and nothing later', () => {
    expect(PACKAGE_YEARS[0]).toBe(2004)
    expect(PACKAGE_YEARS.at(-1)).toBe(2026)
    expect(official.knownYears()).toEqual(PACKAGE_YEARS)
    expect(official.coverage(2026)).toEqual({
      year: 2026,
      known: true,
      source: 'package',
      note: undefined,
    })
    expect(official.coverage(2028)).toEqual({
      year: 2028,
      known: false,
      source: 'weekdays-only',
      note: '2028 年法定节假日安排尚未公布，暂按周一至周五计算，公布后期限可能相差几天',
    })
  })

  it('falls back to Monday–Friday in an unknown year', () => {
    expect(official.isWorkday('2027-01-01')).toBe(true)
    expect(official.isWorkday('2027-01-02')).toBe(false)
    expect(official.describe('2027-01-01')).toBeUndefined()
  })

  // The package's own functions misread dates west of UTC; where they are right, we agree with them.
  it.skipIf(new Date(2026, 0, 1).getTimezoneOffset() > 0)(
    'agrees with the package functions on every day of 2025 and 2026',
    () => {
      for (let day = '2025-01-01'; day <= '2026-12-31'; day = addDays(day, 1)) {
        expect(official.isWorkday(day), day).toBe(chineseDays.isWorkday(day))
      }
    },
  )
})

describe('overrides', () => {
  const withOverrides = createOfficialCalendar([
    { day: '2026-10-08', kind: 'holiday', name: '国庆节' },
    { day: '2026-10-10', kind: 'holiday', name: '临时停工放假' },
    { day: '2026-10-11', kind: 'workday', name: '调休上班' },
    { day: '2026-03-09', kind: 'workday', name: '春节' },
    { day: '2027-01-01', kind: 'holiday', name: '元旦' },
  ])

  it.each([
    ['2026-10-08', false, '国庆节放假'],
    ['2026-10-10', false, '临时停工放假'],
    ['2026-10-11', true, '调休上班'],
    ['2026-03-09', true, '春节调休上班'],
    ['2027-01-01', false, '元旦放假'],
  ])('%s: working day %s, %s (the override wins)', (date, work, label) => {
    expect(withOverrides.isWorkday(date)).toBe(work)
    expect(withOverrides.describe(date)).toBe(label)
  })

  it('make a year known', () => {
    expect(withOverrides.knownYears().at(-1)).toBe(2027)
    expect(withOverrides.coverage(2027)).toMatchObject({ known: true, source: 'overrides' })
    expect(withOverrides.coverage(2028).note).toBe(unknownYearNote(2028))
  })
})
