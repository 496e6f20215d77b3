import { describe, expect, it } from 'vitest'
import { isWeekend } from '../../../src/calendar/calendar-date.js'
import { createOfficialCalendar } from '../../../src/calendar/official-calendar.js'
import {
  addCalendarDays,
  addMonths,
  addWorkingDays,
  daysBetween,
  isDueSoon,
  isOverdue,
  workingDaysUntil,
  type DayInfo,
} from '../../../src/calendar/workdays.js'

const cal = createOfficialCalendar()
const NOTE_2027 = '。注意：2027 年法定节假日安排尚未公布，暂按周一至周五计算，公布后期限可能相差几天'

describe('addWorkingDays (start day not counted, 调休 workdays counted)', () => {
  it.each([
    // National Day 2026: 10-01..10-07 off, 09-20 (Sun) and 10-10 (Sat) make-up workdays
    ['2026-09-30', 7, '2026-10-15'],
    ['2026-09-30', 1, '2026-10-08'],
    ['2026-09-30', 3, '2026-10-10'],
    ['2026-09-30', 4, '2026-10-12'],
    ['2026-09-18', 7, '2026-09-29'],
    // Spring Festival 2026: 02-15..02-23 off, 02-14 and 02-28 (Sat) make-up workdays
    ['2026-02-12', 7, '2026-02-28'],
    ['2026-02-13', 1, '2026-02-14'],
    ['2026-02-13', 2, '2026-02-24'],
    ['2026-02-14', 1, '2026-02-24'],
    // 2025: Spring Festival 01-28..02-04 (01-26, 02-08 work); National Day + 中秋 10-01..10-08
    ['2025-01-24', 3, '2025-02-05'],
    ['2025-02-07', 1, '2025-02-08'],
    ['2025-09-30', 7, '2025-10-16'],
    ['2025-09-26', 2, '2025-09-29'],
    ['2026-03-02', 7, '2026-03-11'],
  ])('%s + %i working days = %s', (start, n, due) => {
    expect(addWorkingDays(start, n, cal).due).toBe(due)
  })

  it.each([
    [
      '2026-09-30',
      7,
      '自 2026-09-30 起 7 个工作日：10-01 至 10-07 国庆节放假，10-10（周六）调休上班，另有周末 1 天不计 → 2026-10-15',
    ],
    [
      '2026-02-12',
      7,
      '自 2026-02-12 起 7 个工作日：02-14（周六）调休上班，02-15 至 02-23 春节放假，02-28（周六）调休上班 → 2026-02-28',
    ],
    [
      '2025-09-30',
      7,
      '自 2025-09-30 起 7 个工作日：10-01 至 10-08 国庆节、中秋节放假，10-11（周六）调休上班，另有周末 1 天不计 → 2025-10-16',
    ],
    [
      '2026-09-18',
      7,
      '自 2026-09-18 起 7 个工作日：09-20（周日）调休上班，09-25 至 09-27 中秋节放假，另有周末 1 天不计 → 2026-09-29',
    ],
    ['2026-03-02', 7, '自 2026-03-02 起 7 个工作日：周末 2 天不计 → 2026-03-11'],
    ['2026-03-02', 2, '自 2026-03-02 起 2 个工作日 → 2026-03-04'],
  ])('explains %s + %i working days', (start, n, explanation) => {
    expect(addWorkingDays(start, n, cal).explanation).toBe(explanation)
  })

  it('warns when the count runs into a year the calendar does not know', () => {
    expect(addWorkingDays('2026-12-28', 7, cal)).toEqual({
      due: '2027-01-06',
      explanation: `自 2026-12-28 起 7 个工作日：周末 2 天不计 → 2027-01-06${NOTE_2027}`,
    })
    expect(addWorkingDays('2026-12-28', 3, cal).explanation).not.toContain('注意')
  })
})

describe('due-soon and overdue', () => {
  it.each([
    ['2026-09-30', '2026-10-08', 1, true],
    ['2026-09-30', '2026-10-10', 3, true],
    ['2026-09-30', '2026-10-12', 4, false],
    ['2026-09-30', '2026-10-15', 7, false],
    ['2026-02-13', '2026-02-24', 2, true],
    ['2026-10-15', '2026-10-15', 0, true],
    ['2026-10-16', '2026-10-15', 0, false],
  ])('from %s to %s: %i working days, due soon %s', (today, due, left, soon) => {
    expect(workingDaysUntil(today, due, cal)).toBe(left)
    expect(isDueSoon(today, due, cal)).toBe(soon)
  })

  it.each([
    ['2026-10-15', '2026-10-14', false],
    ['2026-10-15', '2026-10-15', false],
    ['2026-10-15', '2026-10-16', true],
    ['2026-12-31', '2027-01-01', true],
  ])('due %s, today %s: overdue %s', (due, today, overdue) => {
    expect(isOverdue(due, today)).toBe(overdue)
  })

  it('counts calendar days between dates', () => {
    expect(daysBetween('2026-09-30', '2026-10-15')).toBe(15)
    expect(daysBetween('2026-10-15', '2026-09-30')).toBe(-15)
  })
})

describe('any DayInfo, and bad input', () => {
  const weekdaysOnly: DayInfo = { isWorkday: (d) => !isWeekend(d), describe: () => undefined }

  it('works without coverage information (no notes)', () => {
    expect(addWorkingDays('2030-09-30', 7, weekdaysOnly)).toEqual({
      due: '2030-10-09',
      explanation: '自 2030-09-30 起 7 个工作日：周末 2 天不计 → 2030-10-09',
    })
  })

  it('refuses a calendar without working days instead of looping forever', () => {
    const never: DayInfo = { isWorkday: () => false, describe: () => undefined }
    expect(() => addWorkingDays('2026-01-01', 1, never)).toThrow(/no working day/)
    expect(() => addCalendarDays('2026-01-01', 1, never)).toThrow(/no working day/)
  })

  it.each([0, -1, 1.5, Number.NaN])('refuses a period of %s', (n) => {
    expect(() => addWorkingDays('2026-01-01', n, cal)).toThrow(RangeError)
    expect(() => addCalendarDays('2026-01-01', n, cal)).toThrow(RangeError)
    expect(() => addMonths('2026-01-01', n, cal)).toThrow(RangeError)
  })

  it.each(['2026-02-30', '2026/10/01', '20261001'])('refuses the start date %j', (start) => {
    expect(() => addWorkingDays(start, 1, cal)).toThrow(RangeError)
    expect(() => isOverdue(start, '2026-01-01')).toThrow(RangeError)
  })
})
