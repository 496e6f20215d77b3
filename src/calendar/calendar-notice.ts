import { addDays, yearOf, type CalendarDate } from './calendar-date.js'
import type { YearCoverage } from './workdays.js'

/**
 * How far ahead a clock started today can reach: the 3-month review (规则 第五十二条) plus a
 * 1-month extension and a paused 补正 period fit well inside six months.
 */
const HORIZON_DAYS = 183

type Coverage = { coverage(year: number): YearCoverage }

/**
 * Years that deadlines started today can reach and whose holiday arrangement is not known (legal
 * review D31): dates computed across them count Monday to Friday only, so an administrator should
 * enter the State Council's notice as overrides as soon as it is published.
 */
export function unknownUpcomingYears(cal: Coverage, today: CalendarDate): number[] {
  const years: number[] = []
  for (let year = yearOf(today); year <= yearOf(addDays(today, HORIZON_DAYS)); year++) {
    if (!cal.coverage(year).known) years.push(year)
  }
  return years
}

/** The caveat for one applicant-facing date, or undefined when its year's arrangement is known. */
export function dateCaveat(cal: Coverage, date: CalendarDate): string | undefined {
  return cal.coverage(yearOf(date)).note
}
