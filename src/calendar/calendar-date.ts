/**
 * Calendar dates as plain 'YYYY-MM-DD' strings: a date in China, never an instant. All arithmetic
 * goes through UTC day numbers, so the machine's time zone cannot shift a date by one day.
 */
export type CalendarDate = string

const DAY_MS = 86_400_000
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/
const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'] as const

function parts(date: CalendarDate): [number, number, number] {
  const match = DATE_PATTERN.exec(date)
  if (!match) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${date}`)
  return [Number(match[1]), Number(match[2]), Number(match[3])]
}

function toDayNumber(date: CalendarDate): number {
  const [y, m, d] = parts(date)
  return Date.UTC(y, m - 1, d) / DAY_MS
}

function fromDayNumber(day: number): CalendarDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10)
}

/** Throws a RangeError unless `date` is a real 'YYYY-MM-DD' date (no 02-30, no 2026-13-01). */
export function assertCalendarDate(date: string): asserts date is CalendarDate {
  const [y] = parts(date)
  if (y < 1900 || y > 2199 || fromDayNumber(toDayNumber(date)) !== date) {
    throw new RangeError(`not a calendar date (YYYY-MM-DD): ${date}`)
  }
}

export function isCalendarDate(value: string): boolean {
  try {
    assertCalendarDate(value)
    return true
  } catch {
    return false
  }
}

export function addDays(date: CalendarDate, n: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + n)
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toDayNumber(to) - toDayNumber(from)
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: CalendarDate): number {
  return new Date(toDayNumber(date) * DAY_MS).getUTCDay()
}

export function isWeekend(date: CalendarDate): boolean {
  const day = dayOfWeek(date)
  return day === 0 || day === 6
}

export function weekdayLabel(date: CalendarDate): string {
  return WEEKDAYS[dayOfWeek(date)] ?? ''
}

export function yearOf(date: CalendarDate): number {
  return parts(date)[0]
}

function daysInMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate()
}

/**
 * The same day number `n` months later, or that month's last day when it has no such day
 * (2026-01-31 + 1 month → 2026-02-28): `clamped` says the month end was used.
 */
export function addMonthsClamped(
  date: CalendarDate,
  n: number,
): { date: CalendarDate; clamped: boolean } {
  const [y, m, d] = parts(date)
  const total = y * 12 + (m - 1) + n
  const year = Math.floor(total / 12)
  const monthIndex = total - year * 12
  const last = daysInMonth(year, monthIndex)
  const day = Math.min(d, last)
  return { date: fromDayNumber(Date.UTC(year, monthIndex, day) / DAY_MS), clamped: d > last }
}

/** 'MM-DD' when in `referenceYear`, the full date otherwise (explanations stay short but exact). */
export function shortDate(date: CalendarDate, referenceYear: number): string {
  return yearOf(date) === referenceYear ? date.slice(5) : date
}
