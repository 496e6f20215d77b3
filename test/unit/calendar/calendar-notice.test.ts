import { describe, expect, it } from 'vitest'
import { dateCaveat, unknownUpcomingYears } from '../../../src/calendar/calendar-notice.js'
import { createOfficialCalendar } from '../../../src/calendar/official-calendar.js'

const packageOnly = createOfficialCalendar([])
const with2027 = createOfficialCalendar([{ day: '2027-01-01', kind: 'holiday', name: '元旦' }])

describe('unknownUpcomingYears', () => {
  it.each([
    ['2026-06-01', packageOnly, []],
    ['2026-07-03', packageOnly, ['2027']],
    ['2026-12-03', packageOnly, ['2027']],
    ['2026-12-03', with2027, []],
    ['2027-09-01', with2027, ['2028']],
  ] as const)('on %s: %j', (today, cal, expected) => {
    expect(unknownUpcomingYears(cal, today).map(String)).toEqual(expected)
  })
})

describe('dateCaveat', () => {
  it('says a date in an unknown year may move, and nothing for a known year', () => {
    expect(dateCaveat(packageOnly, '2027-01-06')).toBe(
      '2027 年法定节假日安排尚未公布，暂按周一至周五计算，公布后期限可能相差几天',
    )
    expect(dateCaveat(packageOnly, '2026-12-31')).toBeUndefined()
    expect(dateCaveat(with2027, '2027-01-06')).toBeUndefined()
  })
})
