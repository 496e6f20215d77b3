/**
 * Period counting under 民事诉讼法（2023）第八十五条: "期间以时、日、月、年计算。期间开始的时和日，不计算在
 * 期间内。期间届满的最后一日是法定休假日的，以法定休假日后的第一日为期间届满的日期。"
 *
 * - The start day is never counted: every period begins on the next day.
 * - Working-day periods (the 12309 seven-working-day reply) count only working days of the official
 *   calendar, including make-up workdays (调休上班), so they cannot end on a rest day.
 * - Calendar-day and month periods run straight through holidays in the middle ("如果节假日在期间
 *   中间，则节假日不予扣除"); only a last day that is not a working day rolls over, to the next
 *   working day.
 * - An ordinary Saturday or Sunday counts as 法定休假日 and rolls over too. We rely on: the weekly
 *   rest days of 《国务院关于职工工作时间的规定》(1995) 第七条; 民法典 第二百零三条 (the same rule for civil
 *   periods), whose predecessor 民法通则 第一百五十四条 named "星期日或者其他法定休假日" and whose SPC
 *   opinion (民通意见 第198条, repealed with it in 2021) rolled over to "实际休假日的次日" when rest days
 *   are moved (调休); and a Supreme People's Court 司法文件 of 2014-12-12 on counting 审理期限 (under
 *   the then 第八十二条; quoted from a secondary publication, original not checked): "期间届满的最后一日
 *   是法定节假日的，如星期六、星期日、'五一'、'十一'、元旦、春节等，以节假日后的第一日为期间届满的日期".
 *   Conversely a Saturday that is a 调休上班 day is a working day: no roll-over.
 * - Month periods end on the same day number of the target month, or on its last day when it has
 *   none (the same SPC answer: "没有对应于开始月份的那一天的，应当为届满那个月的最后一天").
 */
import {
  addDays,
  addMonthsClamped,
  assertCalendarDate,
  daysBetween,
  shortDate,
  weekdayLabel,
  yearOf,
  type CalendarDate,
} from './calendar-date.js'
import { composeExplanation, describeSpan, nonWorkingDayText } from './due-explanation.js'

export { daysBetween }

/** Whether the holiday arrangement of a year is known (published package data or admin overrides). */
export type YearCoverage = {
  year: number
  known: boolean
  source: 'package' | 'overrides' | 'weekdays-only'
  /** For an unknown year: the warning shown to staff with every date computed across it. */
  note: string | undefined
}

/** What a period computation needs to know about each calendar day. */
export interface DayInfo {
  isWorkday(date: CalendarDate): boolean
  /** '国庆节放假', '调休上班', … ; undefined for an ordinary weekday or weekend day. */
  describe(date: CalendarDate): string | undefined
  /** When given, explanations warn about years whose arrangement is only guessed. */
  coverage?(year: number): YearCoverage
}

/** A computed due date that can explain itself to staff and applicants. */
export type DueDate = { due: CalendarDate; explanation: string }

/** A year without a single working day means a broken calendar, not a long holiday. */
const MAX_REST_DAYS_IN_A_ROW = 366

function assertPeriodLength(n: number): void {
  if (!Number.isInteger(n) || n < 1 || n > 100_000) {
    throw new RangeError(`period length must be a positive whole number, got ${n}`)
  }
}

function assertRestRun(restDays: number, from: CalendarDate): void {
  if (restDays > MAX_REST_DAYS_IN_A_ROW) {
    throw new Error(`the calendar has no working day for a year after ${from}`)
  }
}

/** The n-th working day after `start` (start not counted). */
export function addWorkingDays(start: CalendarDate, n: number, cal: DayInfo): DueDate {
  assertCalendarDate(start)
  assertPeriodLength(n)
  let day = start
  let counted = 0
  let restDays = 0
  while (counted < n) {
    day = addDays(day, 1)
    if (cal.isWorkday(day)) {
      counted++
      restDays = 0
    } else {
      assertRestRun(++restDays, start)
    }
  }
  const head = `自 ${start} 起 ${n} 个工作日`
  return {
    due: day,
    explanation: composeExplanation(head, describeSpan(start, day, cal), start, day, cal),
  }
}

/** n calendar days after `start`, rolled over to the next working day when the last is not one. */
export function addCalendarDays(start: CalendarDate, n: number, cal: DayInfo): DueDate {
  assertCalendarDate(start)
  assertPeriodLength(n)
  return rollOver(`自 ${start} 起 ${n} 日`, start, addDays(start, n), cal)
}

/** n months after `start` (same day number or the month's end), rolled over like calendar days. */
export function addMonths(start: CalendarDate, n: number, cal: DayInfo): DueDate {
  assertCalendarDate(start)
  assertPeriodLength(n)
  const { date, clamped } = addMonthsClamped(start, n)
  const monthEnd = clamped
    ? `（该月无对应日，以月末 ${shortDate(date, yearOf(start))} 为最后一日）`
    : ''
  return rollOver(`自 ${start} 起 ${n} 个月${monthEnd}`, start, date, cal)
}

function rollOver(head: string, start: CalendarDate, last: CalendarDate, cal: DayInfo): DueDate {
  const year = yearOf(start)
  if (cal.isWorkday(last)) {
    const label = cal.describe(last)
    const clauses = label
      ? [`最后一日 ${shortDate(last, year)}（${weekdayLabel(last)}）${label}，不顺延`]
      : []
    return { due: last, explanation: composeExplanation(head, clauses, start, last, cal) }
  }
  let due = last
  let restDays = 0
  while (!cal.isWorkday(due)) {
    due = addDays(due, 1)
    assertRestRun(++restDays, last)
  }
  const clause = `最后一日 ${shortDate(last, year)}${nonWorkingDayText(last, cal)}，顺延至 ${shortDate(due, year)}`
  return { due, explanation: composeExplanation(head, [clause], start, due, cal) }
}

/** A due date has passed once China's calendar date is later than it (the due day itself is in time). */
export function isOverdue(due: CalendarDate, today: CalendarDate): boolean {
  assertCalendarDate(due)
  assertCalendarDate(today)
  return today > due
}

/** Working days in (today, due]: 0 when due today or already past. */
export function workingDaysUntil(today: CalendarDate, due: CalendarDate, cal: DayInfo): number {
  assertCalendarDate(today)
  assertCalendarDate(due)
  let count = 0
  for (let day = addDays(today, 1); day <= due; day = addDays(day, 1)) {
    if (cal.isWorkday(day)) count++
  }
  return count
}

/** docs/product.md §9 highlighting: not yet overdue and at most `within` working days left (default 3). */
export function isDueSoon(
  today: CalendarDate,
  due: CalendarDate,
  cal: DayInfo,
  within = 3,
): boolean {
  return !isOverdue(due, today) && workingDaysUntil(today, due, cal) <= within
}
