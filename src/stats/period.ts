import { addDays, addMonthsClamped, daysBetween } from '../calendar/calendar-date.js'
import { chinaDayStart } from '../kernel/china-time.js'

export type PeriodKind = 'year' | 'quarter' | 'month' | 'range'

/**
 * A reporting period of China calendar days, both ends included. Every figure counts the events
 * whose instant falls in [start of `from`, start of the day after `to`) at +08:00, so an event at
 * 23:59 China time on a quarter's last day belongs to that quarter.
 */
export type Period = { kind: PeriodKind; from: string; to: string; label: string }

/** The same period as instants, and as days for tables that store a China calendar day. */
export type Range = { from: Date; until: Date; fromDay: string; toDay: string }

export type PeriodInput =
  | { kind: 'year'; year: number }
  | { kind: 'quarter'; year: number; quarter: number }
  | { kind: 'month'; year: number; month: number }
  | { kind: 'range'; from: string; to: string }

const pad = (n: number) => String(n).padStart(2, '0')

function monthSpan(year: number, first: number, count: number): { from: string; to: string } {
  const from = `${year}-${pad(first)}-01`
  return { from, to: addDays(addMonthsClamped(from, count).date, -1) }
}

export function periodOf(input: PeriodInput): Period {
  switch (input.kind) {
    case 'year':
      return { kind: 'year', ...monthSpan(input.year, 1, 12), label: `${input.year}年` }
    case 'quarter': {
      const span = monthSpan(input.year, (input.quarter - 1) * 3 + 1, 3)
      const label = `${input.year}年第${'一二三四'[input.quarter - 1]}季度`
      return { kind: 'quarter', ...span, label }
    }
    case 'month': {
      const label = `${input.year}年${input.month}月`
      return { kind: 'month', ...monthSpan(input.year, input.month, 1), label }
    }
    case 'range':
      return { kind: 'range', from: input.from, to: input.to, label: rangeLabel(input) }
  }
}

function rangeLabel(p: { from: string; to: string }): string {
  const day = (d: string) =>
    `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8))}日`
  return `${day(p.from)}至${day(p.to)}`
}

/** The same days one year earlier (29 February becomes the 28th), labelled like the period. */
export function sameTimeLastYear(p: Period): Period {
  const year = Number(p.from.slice(0, 4)) - 1
  const month = Number(p.from.slice(5, 7))
  if (p.kind === 'year') return periodOf({ kind: 'year', year })
  if (p.kind === 'quarter') return periodOf({ kind: 'quarter', year, quarter: (month + 2) / 3 })
  if (p.kind === 'month') return periodOf({ kind: 'month', year, month })
  const from = addMonthsClamped(p.from, -12).date
  return periodOf({ kind: 'range', from, to: addMonthsClamped(p.to, -12).date })
}

export function rangeOf(p: Period): Range {
  return {
    from: chinaDayStart(p.from),
    until: chinaDayStart(addDays(p.to, 1)),
    fromDay: p.from,
    toDay: p.to,
  }
}

/** 'YYYY-MM' of every month the period touches, in order. */
export function monthsOf(p: Period): string[] {
  const months: string[] = []
  for (let m = p.from.slice(0, 7); m <= p.to.slice(0, 7);) {
    months.push(m)
    m = addMonthsClamped(`${m}-01`, 1).date.slice(0, 7)
  }
  return months
}

export function periodDays(p: Period): number {
  return daysBetween(p.from, p.to) + 1
}

/** The query string that names the period, for links to its case lists and exports. */
export function periodQuery(p: Period): string {
  const q = new URLSearchParams({ period: p.kind })
  if (p.kind === 'range') {
    q.set('from', p.from)
    q.set('to', p.to)
    return q.toString()
  }
  q.set('year', p.from.slice(0, 4))
  const month = Number(p.from.slice(5, 7))
  if (p.kind === 'quarter') q.set('quarter', String((month - 1) / 3 + 1))
  if (p.kind === 'month') q.set('month', String(month))
  return q.toString()
}
