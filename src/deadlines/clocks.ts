import { todayInChina } from '../kernel/china-time.js'
import { addDays, daysBetween, type CalendarDate } from '../calendar/calendar-date.js'
import type { DueDate } from '../calendar/workdays.js'
import type { Db } from '../db/database.js'
import type { Deps } from '../deps.js'
import {
  findOpenClocks,
  insertClock,
  refreshNextDue,
  stopOpenClocks,
  updateClock,
} from './clock.repository.js'
import { CLOCK_RULES, type ClockLength } from './clock-rules.js'
import type { ClockKind } from './clock.table.js'

/** The due date of a period of `length` starting on `start` (start day not counted, 第八十五条). */
export function computeDue(deps: Deps, start: CalendarDate, length: ClockLength): DueDate {
  if (length.unit === 'working_days') return deps.calendar.addWorkingDays(start, length.amount)
  if (length.unit === 'days') return deps.calendar.addCalendarDays(start, length.amount)
  return deps.calendar.addMonths(start, length.amount)
}

/**
 * Starts a clock (closing any open one of the same kind) inside the caller's transaction, so the
 * clock and the change that starts it commit together. Returns the due date.
 */
export async function startClock(
  trx: Db,
  deps: Deps,
  input: {
    applicationId: string
    kind: ClockKind
    length?: ClockLength
    due?: DueDate
    /** a period that runs from an earlier recorded day (e.g. the court's receipt, 两高规定 第十三条) */
    startedOn?: CalendarDate
  },
): Promise<DueDate> {
  const now = deps.clock.now()
  const today = input.startedOn ?? todayInChina(now)
  const due = input.due ?? computeDue(deps, today, input.length ?? CLOCK_RULES[input.kind].length)
  await stopOpenClocks(trx, input.applicationId, [input.kind], now)
  await insertClock(trx, {
    applicationId: input.applicationId,
    kind: input.kind,
    startedOn: today,
    due: due.due,
    explanation: due.explanation,
    at: now,
  })
  await refreshNextDue(trx, input.applicationId)
  return due
}

export async function stopClocks(
  trx: Db,
  deps: Deps,
  applicationId: string,
  kinds: readonly ClockKind[] | 'all',
): Promise<void> {
  await stopOpenClocks(trx, applicationId, kinds, deps.clock.now())
  await refreshNextDue(trx, applicationId)
}

/** 中止审查, or a 第五十二条 exclusion (调卷、鉴定 …): the review clock stands still from today. */
export async function pauseClock(trx: Db, deps: Deps, applicationId: string, kind: ClockKind) {
  const clock = (await findOpenClocks(trx, applicationId)).find((c) => c.kind === kind)
  if (!clock || clock.paused_on) return
  await updateClock(trx, clock.id, { paused_on: todayInChina(deps.clock.now()) })
  await refreshNextDue(trx, applicationId)
}

/**
 * 恢复审查: the days the clock stood still do not count, so the period is computed again as if it had
 * started that many days later (the holiday rule then applies to the new last day).
 */
export async function resumeClock(trx: Db, deps: Deps, applicationId: string, kind: ClockKind) {
  const clock = (await findOpenClocks(trx, applicationId)).find((c) => c.kind === kind)
  if (!clock?.paused_on) return
  const pausedDays =
    clock.paused_days + daysBetween(clock.paused_on, todayInChina(deps.clock.now()))
  await updateClock(trx, clock.id, {
    paused_on: null,
    paused_days: pausedDays,
    ...recomputed(deps, clock.started_on, kind, pausedDays, clock.extended_months),
  })
  await refreshNextDue(trx, applicationId)
}

/** The court reported an extension (两高规定 第十三条): one more month on the reply clock. */
export async function extendClock(trx: Db, deps: Deps, applicationId: string, kind: ClockKind) {
  const clock = (await findOpenClocks(trx, applicationId)).find((c) => c.kind === kind)
  if (!clock) return
  const months = clock.extended_months + 1
  await updateClock(trx, clock.id, {
    extended_months: months,
    ...recomputed(deps, clock.started_on, kind, clock.paused_days, months),
  })
  await refreshNextDue(trx, applicationId)
}

function recomputed(
  deps: Deps,
  startedOn: CalendarDate,
  kind: ClockKind,
  pausedDays: number,
  extraMonths: number,
): { due: string; explanation: string } {
  const base = CLOCK_RULES[kind].length
  const length = base.unit === 'months' ? { ...base, amount: base.amount + extraMonths } : base
  const due = computeDue(deps, addDays(startedOn, pausedDays), length)
  const notes = [
    // 规则 第五十二条: 中止审查 and 调卷、鉴定、评估、审计、专家咨询 periods alike
    pausedDays > 0 ? `中止审查等不计入审查期限的期间共 ${pausedDays} 日，起算日相应顺延。` : '',
    extraMonths > 0 ? `法院报告延长 ${extraMonths} 个月。` : '',
  ].join('')
  return { due: due.due, explanation: `${notes}${due.explanation}` }
}
