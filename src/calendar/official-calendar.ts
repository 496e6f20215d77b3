/**
 * The official working-day calendar: the State Council's yearly holiday notices as published by the
 * `chinese-days` package, corrected or extended by administrators' overrides.
 *
 * We read the package's prebuilt table (dist/chinese-days.json, plain 'YYYY-MM-DD' keys) rather
 * than calling its isWorkday()/getDayDetail(): those parse a date string as UTC midnight and then
 * read it back with local-time getters, so on a machine west of UTC every answer is a day off
 * (checked with TZ=America/New_York: 2116 of 8401 days between 2004 and 2026 differ). In UTC and
 * Asia/Shanghai the table and the functions agree on every day (test/unit/calendar checks this).
 */
import packageTable from 'chinese-days/dist/chinese-days.json' with { type: 'json' }
import { isWeekend, yearOf, type CalendarDate } from './calendar-date.js'
import type { DayInfo, YearCoverage } from './workdays.js'

export type CalendarOverrideKind = 'workday' | 'holiday'

/** An administrator's decision about one day; it wins over the package. */
export type CalendarOverride = {
  day: CalendarDate
  kind: CalendarOverrideKind
  /** '春节', '调休上班', … */
  name: string
  note?: string | null
}

export interface OfficialCalendar extends DayInfo {
  coverage(year: number): YearCoverage
  /** Years whose arrangement is known, from the package or from overrides, ascending. */
  knownYears(): number[]
}

/** 'National Day,国庆节,3' → '国庆节'; the package shortens some names. */
const FULL_NAMES: Record<string, string> = { 清明: '清明节', 端午: '端午节', 中秋: '中秋节' }

function holidayName(entry: string): string {
  const chinese = entry.split(',')[1] ?? entry
  return FULL_NAMES[chinese] ?? chinese
}

const table = packageTable as {
  holidays: Record<string, string>
  workdays: Record<string, string>
}

/** Years the package holds a State Council arrangement for (2004–2026 in chinese-days 1.5.7). */
export const PACKAGE_YEARS: readonly number[] = [
  ...new Set(Object.keys(table.holidays).map((day) => yearOf(day))),
].sort((a, b) => a - b)

function holidayLabel(name: string): string {
  return name.endsWith('放假') ? name : `${name}放假`
}

function workdayLabel(name: string): string {
  return name.endsWith('上班') ? name : `${name}调休上班`
}

/**
 * Shown with every date computed across a year whose arrangement is not known, to staff and to
 * applicants alike (legal review D31): the date is an estimate until the State Council publishes.
 */
export function unknownYearNote(year: number): string {
  return `${year} 年法定节假日安排尚未公布，暂按周一至周五计算，公布后期限可能相差几天`
}

/** A DayInfo from the package table merged with `overrides` (an override wins). */
export function createOfficialCalendar(
  overrides: readonly CalendarOverride[] = [],
): OfficialCalendar {
  const byDay = new Map(overrides.map((o) => [o.day, o]))
  const overrideYears = new Set(overrides.map((o) => yearOf(o.day)))
  const packageYears = new Set(PACKAGE_YEARS)

  const coverage = (year: number): YearCoverage => {
    if (packageYears.has(year)) return { year, known: true, source: 'package', note: undefined }
    if (overrideYears.has(year)) return { year, known: true, source: 'overrides', note: undefined }
    return { year, known: false, source: 'weekdays-only', note: unknownYearNote(year) }
  }

  return {
    isWorkday(date) {
      const override = byDay.get(date)
      if (override) return override.kind === 'workday'
      if (table.workdays[date]) return true
      return !table.holidays[date] && !isWeekend(date)
    },
    describe(date) {
      const override = byDay.get(date)
      if (override) {
        return override.kind === 'holiday'
          ? holidayLabel(override.name)
          : workdayLabel(override.name)
      }
      if (table.workdays[date]) return '调休上班'
      const holiday = table.holidays[date]
      return holiday ? holidayLabel(holidayName(holiday)) : undefined
    },
    coverage,
    knownYears: () => [...new Set([...packageYears, ...overrideYears])].sort((a, b) => a - b),
  }
}
