import type { Calendar } from '../calendar/calendar.service.js'
import type { Db } from '../db/database.js'
import { addDays } from '../calendar/calendar-date.js'
import type { DayCounter, Figure, RowsQuery } from './figures/figure.js'
import type { Range } from './period.js'
import {
  aggregateFigureRows,
  countFigureRowsBy,
  countOkRows,
  sumFigureRows,
  type Aggregate,
} from './stats.repository.js'

/**
 * What computing a figure needs: the database, the working-day calendar, today's date in China, and
 * (within one page) the durations already counted — the median and the 90th percentile of a figure
 * read the same rows.
 */
export type FigureContext = {
  db: Db
  calendar: Pick<Calendar, 'workingDaysUntil'>
  today: string
  durations?: Map<string, Promise<Weighted[]>>
}

/** A value and how many rows have it. */
export type Weighted = { value: number; n: number }

/** A figure's value for a range; null where it has no meaning (a rate or median of nothing). */
export async function figureValue(
  ctx: FigureContext,
  f: Figure,
  range: Range,
): Promise<number | null> {
  const rows = f.rows(ctx.db, range, ctx.today)
  switch (f.reduce) {
    case 'count':
    case 'sum':
      return sumFigureRows(ctx.db, rows, f.reduce)
    case 'share': {
      const { total, ok } = await countOkRows(ctx.db, rows)
      return total === 0 ? null : Math.round((ok / total) * 1000) / 10
    }
    case 'median':
    case 'p90': {
      const days = await durations(ctx, f, rows)
      return f.reduce === 'median' ? weightedMedian(days) : weightedPercentile90(days)
    }
  }
}

/**
 * The values of many figures for one range: every count, sum and share in one statement (one round
 * trip and one plan instead of one per figure), the medians and P90s from their grouped durations.
 */
export async function figureValues(
  ctx: FigureContext,
  figures: readonly Figure[],
  range: Range,
): Promise<Map<string, number | null>> {
  const out = new Map<string, number | null>()
  const plain = figures.filter((f) => f.reduce !== 'median' && f.reduce !== 'p90')
  const found = await aggregateFigureRows(
    ctx.db,
    plain.map((f) => ({ rows: f.rows(ctx.db, range, ctx.today), reduce: f.reduce as Aggregate })),
  )
  plain.forEach((f, i) => {
    const { a, b } = found[i]!
    out.set(f.id, f.reduce !== 'share' ? a : a === 0 ? null : Math.round((b / a) * 1000) / 10)
  })
  for (const f of figures) if (!out.has(f.id)) out.set(f.id, await figureValue(ctx, f, range))
  return out
}

/** The durations of a figure's rows, counted per distinct (start, end[, paused]) in the database. */
function durations(ctx: FigureContext, f: Figure, rows: RowsQuery): Promise<Weighted[]> {
  const key = JSON.stringify(rows.compile())
  const seen = ctx.durations?.get(key)
  if (seen) return seen
  const found = countFigureRowsBy(ctx.db, rows, f.durationColumns!).then((groups) => {
    const cal = spanCalendar(
      ctx.calendar,
      groups.flatMap((g) => [g.row.start_day, g.row.day].filter((d): d is string => !!d)),
    )
    return groups.map((g) => ({ value: f.days!(g.row, cal), n: g.n }))
  })
  ctx.durations?.set(key, found)
  return found
}

/**
 * Working days between any two of `days`, from one walk over the span they cover: a year's decisions
 * fall on a few thousand distinct (receipt, decision) pairs, and asking the calendar for each walks
 * day by day (bench/stats.ts showed it was most of the page's time). The count up to each day is kept,
 * so a pair costs a subtraction: workingDaysUntil(a, b) = upTo(b) − upTo(a), 0 when b is not after a.
 */
export function spanCalendar(cal: DayCounter, days: readonly string[]): DayCounter {
  const sorted = [...new Set(days)].sort()
  const upTo = new Map<string, number>()
  if (sorted.length > 0) {
    let n = 0
    let day = sorted[0]!
    upTo.set(day, 0)
    while (day < sorted.at(-1)!) {
      const next = addDays(day, 1)
      n += cal.workingDaysUntil(day, next)
      upTo.set(next, n)
      day = next
    }
  }
  return {
    workingDaysUntil(from, to) {
      if (to <= from) return 0
      const a = upTo.get(from)
      const b = upTo.get(to)
      return a === undefined || b === undefined ? cal.workingDaysUntil(from, to) : b - a
    },
  }
}

export function median(values: number[]): number | null {
  return weightedMedian(values.map((value) => ({ value, n: 1 })))
}

export function percentile90(values: number[]): number | null {
  return weightedPercentile90(values.map((value) => ({ value, n: 1 })))
}

/** The k-th smallest value (0-based) of values each counted n times. */
function nth(sorted: readonly Weighted[], k: number): number {
  let seen = 0
  for (const w of sorted) {
    seen += w.n
    if (k < seen) return w.value
  }
  throw new RangeError('k is beyond the values')
}

function sortedTotal(values: readonly Weighted[]): [Weighted[], number] {
  const sorted = values.filter((w) => w.n > 0).sort((a, b) => a.value - b.value)
  return [sorted, sorted.reduce((t, w) => t + w.n, 0)]
}

/** The middle value; with an even count, the mean of the two middle ones. */
export function weightedMedian(values: readonly Weighted[]): number | null {
  const [s, total] = sortedTotal(values)
  if (total === 0) return null
  const mid = Math.floor(total / 2)
  return total % 2 === 1 ? nth(s, mid) : (nth(s, mid - 1) + nth(s, mid)) / 2
}

/** Nearest rank: the smallest value that at least 90 % of the values do not exceed. */
export function weightedPercentile90(values: readonly Weighted[]): number | null {
  const [s, total] = sortedTotal(values)
  if (total === 0) return null
  return nth(s, Math.ceil(0.9 * total) - 1)
}

/** "12", "12.5", "87.5%", or "—" when there is nothing to show. */
export function formatValue(value: number | null, unit: Figure['unit']): string {
  if (value === null) return '—'
  const text = Number.isInteger(value) ? String(value) : value.toFixed(unit === '元' ? 2 : 1)
  return unit === '%' ? `${text}%` : text
}
