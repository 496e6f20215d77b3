import type { StaffRole } from '../staff/staff-account.table.js'
import type { Area, Figure } from './figures/figure.js'
import { AREA_LABEL } from './figures/figure.js'
import { AREAS } from './figures/index.js'
import { formatValue } from './figure-values.js'
import { periodQuery, rangeOf, type Period } from './period.js'

export type FigureView = {
  id: string
  label: string
  basis: string
  unit: Figure['unit']
  value: number | null
  previous: number | null
  /** the list of what the figure counts, in this period and last year's (absent: not shown to this role) */
  href?: string
  previousHref?: string
}

export type AreaView = { area: Area; label: string; figures: FigureView[] }

/** A table as the page, the CSV, the XLSX and the PDF all show it. */
export type StatsTable = { id: string; title: string; header: string[]; rows: string[][] }

/** intake sees the intake figures; reviewer, leader and auditor every area. */
export function areasFor(roles: readonly StaffRole[]): Area[] {
  const all = roles.some((r) => r === 'reviewer' || r === 'leader' || r === 'auditor')
  return all ? [...AREAS] : ['applications']
}

/**
 * The masked case lists are case data, for the case roles only (docs/product.md §8): the auditor sees
 * the figures (decision 039's declared exception) without the lists behind them.
 */
export function mayListCases(roles: readonly StaffRole[]): boolean {
  return roles.some((r) => r === 'intake' || r === 'reviewer' || r === 'leader')
}

export function casesHref(f: Figure, period: Period, compare: boolean): string {
  if (f.subject === 'exchange') {
    const r = rangeOf(period)
    const q = new URLSearchParams({ from: r.fromDay, to: r.toDay })
    if (f.direction) q.set('direction', f.direction)
    return `/staff/exchange/log?${q.toString()}`
  }
  return `/staff/stats/cases?figure=${f.id}&${periodQuery(period)}${compare ? '&compare=1' : ''}`
}

export function areaTable(area: AreaView, period: Period, previous: Period): StatsTable {
  return {
    id: area.area,
    title: area.label,
    header: ['项目', period.label, `去年同期（${previous.label}）`, '单位', '口径'],
    rows: area.figures.map((f) => [
      f.label,
      formatValue(f.value, f.unit),
      formatValue(f.previous, f.unit),
      f.unit,
      f.basis,
    ]),
  }
}

export function areaLabel(area: Area): string {
  return AREA_LABEL[area]
}
