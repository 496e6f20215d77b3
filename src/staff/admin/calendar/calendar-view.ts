import { weekdayLabel, yearOf } from '../../../calendar/calendar-date.js'
import type { CalendarOverrideKind } from '../../../calendar/official-calendar.js'
import type { Deps } from '../../../deps.js'

// The calendar page's model, apart from the service: views import only types from src, and this
// way the page's types do not come from the module that writes overrides and audit rows.

/** The form as typed (every value a string, so it can be shown again unchanged). */
export type OverrideForm = { day: string; kind: string; name: string; note: string }

export const KIND_LABEL: Record<CalendarOverrideKind, string> = {
  workday: '工作日',
  holiday: '休息日',
}

export type CalendarYearView = {
  year: number
  /** the years whose official holiday table the chinese-days package carries */
  officialYears: number[]
  coverageText: string
  overrides: { day: string; weekday: string; kind: string; name: string; note: string }[]
}

export function calendarYearView(deps: Deps, year: number): CalendarYearView {
  const cal = deps.calendar
  const officialYears = cal.knownYears().filter((y) => cal.coverage(y).source === 'package')
  const coverage = cal.coverage(year)
  const coverageText =
    coverage.source === 'package'
      ? `${year} 年的节假日安排已按国务院办公厅通知收录，下面的调整优先于通知。`
      : coverage.source === 'overrides'
        ? `${year} 年的节假日安排尚未收录，只按下面的调整和周一至周五计算。`
        : (coverage.note ?? '')
  const overrides = cal
    .overrides()
    .filter((o) => yearOf(o.day) === year)
    .map((o) => ({
      day: o.day,
      weekday: weekdayLabel(o.day),
      kind: KIND_LABEL[o.kind],
      name: o.name,
      note: o.note ?? '',
    }))
  return { year, officialYears, coverageText, overrides }
}
