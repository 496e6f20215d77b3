import { systemClock, type Clock } from '../clock.js'
import type { Db } from '../db/database.js'
import { todayInChina } from '../kernel/china-time.js'
import { assertCalendarDate, type CalendarDate } from './calendar-date.js'
import {
  deleteCalendarOverride,
  findCalendarOverrides,
  upsertCalendarOverride,
} from './calendar-override.repository.js'
import type { CalendarOverrideRow } from './calendar-override.table.js'
import {
  createOfficialCalendar,
  type CalendarOverride,
  type OfficialCalendar,
} from './official-calendar.js'
import * as workdays from './workdays.js'
import type { DueDate, YearCoverage } from './workdays.js'

export { todayInChina }

/** Overrides outside these years cannot matter to any period this service computes. */
const OVERRIDE_YEARS = { from: 1900, to: 2199 } as const

export type Calendar = {
  /** Reads the overrides; compute functions throw until it has resolved once. */
  load(): Promise<void>
  /** Re-reads the overrides (after an edit here or, on a schedule, by another process). */
  reload(): Promise<void>
  /**
   * Re-reads them when this copy is older than a minute (another process may have edited them);
   * otherwise undefined at once, so hot paths skip an await. A failed read keeps the last copy.
   */
  refreshIfStale(): Promise<void> | undefined
  dayInfo(): OfficialCalendar
  overrides(): readonly CalendarOverride[]
  addWorkingDays(start: CalendarDate, n: number): DueDate
  addCalendarDays(start: CalendarDate, n: number): DueDate
  addMonths(start: CalendarDate, n: number): DueDate
  workingDaysUntil(today: CalendarDate, due: CalendarDate): number
  isDueSoon(today: CalendarDate, due: CalendarDate, within?: number): boolean
  coverage(year: number): YearCoverage
  knownYears(): number[]
  /** Stores (or replaces) the override for its day and reloads. */
  setOverride(override: CalendarOverride, staffId?: string | null): Promise<CalendarOverride>
  /** Removes the override for `day` and reloads; false when there was none. */
  removeOverride(day: CalendarDate): Promise<boolean>
}

function toOverride(row: CalendarOverrideRow): CalendarOverride {
  return { day: row.day, kind: row.kind, name: row.name, note: row.note }
}

function checkOverride(override: CalendarOverride): CalendarOverride {
  assertCalendarDate(override.day)
  if (override.kind !== 'workday' && override.kind !== 'holiday') {
    throw new RangeError(`override kind must be workday or holiday, got ${String(override.kind)}`)
  }
  const name = override.name.trim()
  if (name.length < 1 || name.length > 50) throw new RangeError('override name must be 1–50 chars')
  return { ...override, name, note: override.note?.trim() || null }
}

/** How long a process trusts its copy of the overrides (decision 093: several processes). */
const REFRESH_AFTER_MS = 60_000

/** The one module through which deadlines are computed: official calendar + database overrides. */
export function createCalendar(db: Db, clock: Clock = systemClock): Calendar {
  let calendar: OfficialCalendar | undefined
  let current: CalendarOverride[] = []
  let loadedAt = 0
  let pending: Promise<void> | undefined

  const load = async () => {
    const rows = await findCalendarOverrides(db, OVERRIDE_YEARS.from, OVERRIDE_YEARS.to)
    current = rows.map(toOverride)
    calendar = createOfficialCalendar(current)
    loadedAt = clock.now().getTime()
  }
  const refresh = async () => {
    pending ??= load().finally(() => (pending = undefined))
    try {
      await pending
    } catch (err) {
      if (!calendar) throw err
      loadedAt = clock.now().getTime()
    }
  }
  const dayInfo = (): OfficialCalendar => {
    if (!calendar) throw new Error('calendar not loaded yet')
    return calendar
  }

  return {
    load,
    reload: load,
    refreshIfStale: () =>
      calendar && clock.now().getTime() - loadedAt < REFRESH_AFTER_MS ? undefined : refresh(),
    dayInfo,
    overrides: () => current,
    addWorkingDays: (start, n) => workdays.addWorkingDays(start, n, dayInfo()),
    addCalendarDays: (start, n) => workdays.addCalendarDays(start, n, dayInfo()),
    addMonths: (start, n) => workdays.addMonths(start, n, dayInfo()),
    workingDaysUntil: (today, due) => workdays.workingDaysUntil(today, due, dayInfo()),
    isDueSoon: (today, due, within) => workdays.isDueSoon(today, due, dayInfo(), within),
    coverage: (year) => dayInfo().coverage(year),
    knownYears: () => dayInfo().knownYears(),
    async setOverride(override, staffId = null) {
      const checked = checkOverride(override)
      const row = await upsertCalendarOverride(db, { ...checked, created_by: staffId })
      await load()
      return toOverride(row)
    },
    async removeOverride(day) {
      assertCalendarDate(day)
      const removed = await deleteCalendarOverride(db, day)
      await load()
      return removed
    },
  }
}
