import {
  addDays,
  daysBetween,
  shortDate,
  weekdayLabel,
  yearOf,
  type CalendarDate,
} from './calendar-date.js'
import type { DayInfo } from './workdays.js'

type Run = { from: CalendarDate; to: CalendarDate; labels: string[] }

/** '国庆节放假' + '中秋节放假' → '国庆节、中秋节放假'; other labels are joined as they are. */
function joinHolidayLabels(labels: string[]): string {
  const unique = [...new Set(labels)]
  if (unique.every((l) => l.endsWith('放假'))) {
    return `${unique.map((l) => l.slice(0, -2)).join('、')}放假`
  }
  return unique.join('、')
}

/**
 * What a working-day count passed over between `start` (not counted) and `end`: runs of
 * non-working days that hold a named holiday become ranges ('10-01 至 10-07 国庆节放假'), counted
 * days with a label are listed ('10-10（周六）调休上班'), plain weekends are only counted.
 */
export function describeSpan(start: CalendarDate, end: CalendarDate, cal: DayInfo): string[] {
  const year = yearOf(start)
  const clauses: string[] = []
  let weekendDays = 0
  let run: Run | undefined
  const closeRun = () => {
    if (!run) return
    if (run.labels.length === 0) {
      weekendDays += daysBetween(run.from, run.to) + 1
    } else {
      const range =
        run.from === run.to
          ? shortDate(run.from, year)
          : `${shortDate(run.from, year)} 至 ${shortDate(run.to, year)}`
      clauses.push(`${range} ${joinHolidayLabels(run.labels)}`)
    }
    run = undefined
  }
  for (let day = addDays(start, 1); day <= end; day = addDays(day, 1)) {
    const label = cal.describe(day)
    if (cal.isWorkday(day)) {
      closeRun()
      if (label) clauses.push(`${shortDate(day, year)}（${weekdayLabel(day)}）${label}`)
      continue
    }
    run ??= { from: day, to: day, labels: [] }
    run.to = day
    if (label) run.labels.push(label)
  }
  closeRun()
  if (weekendDays > 0) clauses.push(`${clauses.length ? '另有' : ''}周末 ${weekendDays} 天不计`)
  return clauses
}

/** ' 为国庆节假日' for a holiday, '（周日）为休息日' for a plain weekend day. */
export function nonWorkingDayText(date: CalendarDate, cal: DayInfo): string {
  const label = cal.describe(date)
  if (!label) return `（${weekdayLabel(date)}）为休息日`
  return label.endsWith('放假') ? ` 为${label.slice(0, -2)}假日` : ` 为${label}`
}

/** Warnings for every year in (start, due] whose holiday arrangement the calendar does not know. */
export function coverageNotes(start: CalendarDate, due: CalendarDate, cal: DayInfo): string[] {
  if (!cal.coverage) return []
  const notes: string[] = []
  for (let year = yearOf(addDays(start, 1)); year <= yearOf(due); year++) {
    const note = cal.coverage(year).note
    if (note) notes.push(note)
  }
  return notes
}

/** '自 … 起 …：clause，clause → due。注意：…' */
export function composeExplanation(
  head: string,
  clauses: string[],
  start: CalendarDate,
  due: CalendarDate,
  cal: DayInfo,
): string {
  const body = clauses.length > 0 ? `${head}：${clauses.join('，')}` : head
  const notes = coverageNotes(start, due, cal)
  return `${body} → ${due}${notes.length > 0 ? `。注意：${notes.join('；')}` : ''}`
}
