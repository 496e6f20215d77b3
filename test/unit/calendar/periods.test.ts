import { describe, expect, it } from 'vitest'
import { createOfficialCalendar } from '../../../src/calendar/official-calendar.js'
import { addCalendarDays, addMonths, addWorkingDays } from '../../../src/calendar/workdays.js'

const cal = createOfficialCalendar()
const NOTE_2027 = '。注意：2027 年法定节假日安排尚未公布，暂按周一至周五计算，公布后期限可能相差几天'

describe('addCalendarDays (only a last day off work rolls over)', () => {
  it.each([
    ['2026-09-18', 15, '2026-10-08', '最后一日 10-03 为国庆节假日，顺延至 10-08'],
    ['2026-09-30', 3, '2026-10-08', '最后一日 10-03 为国庆节假日，顺延至 10-08'],
    ['2026-09-16', 10, '2026-09-28', '最后一日 09-26 为中秋节假日，顺延至 09-28'],
    ['2026-02-05', 15, '2026-02-24', '最后一日 02-20 为春节假日，顺延至 02-24'],
    ['2025-09-23', 15, '2025-10-09', '最后一日 10-08 为国庆节假日，顺延至 10-09'],
    ['2026-03-01', 7, '2026-03-09', '最后一日 03-08（周日）为休息日，顺延至 03-09'],
    ['2026-09-13', 7, '2026-09-20', '最后一日 09-20（周日）调休上班，不顺延'],
    ['2026-09-22', 7, '2026-09-29', undefined],
    ['2026-01-20', 15, '2026-02-04', undefined],
  ])('%s + %i days = %s', (start, n, due, clause) => {
    const result = addCalendarDays(start, n, cal)
    expect(result.due).toBe(due)
    const head = `自 ${start} 起 ${n} 日`
    expect(result.explanation).toBe(clause ? `${head}：${clause} → ${due}` : `${head} → ${due}`)
  })
})

describe('addMonths (same day number or month end, then roll-over)', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-05-31', 1, '2026-06-30'],
    ['2026-06-15', 3, '2026-09-15'],
    ['2026-07-07', 3, '2026-10-08'],
    ['2026-08-31', 3, '2026-11-30'],
    ['2025-11-18', 3, '2026-02-24'],
    ['2025-11-30', 3, '2026-02-28'],
    ['2026-06-07', 4, '2026-10-08'],
    ['2026-11-30', 3, '2027-03-01'],
  ])('%s + %i months = %s', (start, n, due) => {
    expect(addMonths(start, n, cal).due).toBe(due)
  })

  it('explains the 3-month review period across National Day', () => {
    expect(addMonths('2026-07-07', 3, cal).explanation).toBe(
      '自 2026-07-07 起 3 个月：最后一日 10-07 为国庆节假日，顺延至 10-08 → 2026-10-08',
    )
  })

  it('explains a month end that is a make-up workday', () => {
    expect(addMonths('2026-01-31', 1, cal).explanation).toBe(
      '自 2026-01-31 起 1 个月（该月无对应日，以月末 02-28 为最后一日）：最后一日 02-28（周六）调休上班，不顺延 → 2026-02-28',
    )
  })

  it('notes the unknown year of a review period accepted late in 2026', () => {
    expect(addMonths('2026-11-26', 3, cal)).toEqual({
      due: '2027-02-26',
      explanation: `自 2026-11-26 起 3 个月 → 2027-02-26${NOTE_2027}`,
    })
    expect(addMonths('2026-11-30', 3, cal).explanation).toBe(
      '自 2026-11-30 起 3 个月（该月无对应日，以月末 2027-02-28 为最后一日）：最后一日 2027-02-28（周日）为休息日，顺延至 2027-03-01 → 2027-03-01' +
        NOTE_2027,
    )
  })

  it('notes every unknown year crossed', () => {
    const { due, explanation } = addMonths('2027-12-31', 2, cal)
    expect(due).toBe('2028-02-29')
    expect(explanation).toContain('注意：2028 年法定节假日安排尚未公布')
    expect(explanation).not.toContain('2027 年节假日')
  })
})

describe('overrides change computed dates', () => {
  const overridden = createOfficialCalendar([
    { day: '2026-10-08', kind: 'holiday', name: '国庆节' },
    { day: '2026-10-11', kind: 'workday', name: '调休上班' },
    { day: '2027-01-01', kind: 'holiday', name: '元旦' },
  ])

  it('a holiday override pushes a working-day count on', () => {
    const cal2 = createOfficialCalendar([{ day: '2026-10-08', kind: 'holiday', name: '国庆节' }])
    expect(addWorkingDays('2026-09-30', 7, cal2)).toEqual({
      due: '2026-10-16',
      explanation:
        '自 2026-09-30 起 7 个工作日：10-01 至 10-08 国庆节放假，10-10（周六）调休上班，另有周末 1 天不计 → 2026-10-16',
    })
  })

  it('a workday override pulls it back', () => {
    expect(addWorkingDays('2026-09-30', 7, overridden).explanation).toBe(
      '自 2026-09-30 起 7 个工作日：10-01 至 10-08 国庆节放假，10-10（周六）调休上班，10-11（周日）调休上班 → 2026-10-15',
    )
  })

  it('a holiday override makes a calendar-day period roll over', () => {
    expect(addCalendarDays('2026-10-01', 7, overridden).due).toBe('2026-10-09')
    expect(addCalendarDays('2026-10-01', 7, cal).due).toBe('2026-10-08')
  })

  it('overrides for an unknown year replace the weekday guess and its warning', () => {
    expect(addWorkingDays('2026-12-31', 1, cal)).toEqual({
      due: '2027-01-01',
      explanation: `自 2026-12-31 起 1 个工作日 → 2027-01-01${NOTE_2027}`,
    })
    expect(addWorkingDays('2026-12-31', 1, overridden)).toEqual({
      due: '2027-01-04',
      explanation: '自 2026-12-31 起 1 个工作日：2027-01-01 至 2027-01-03 元旦放假 → 2027-01-04',
    })
  })
})
