import { insertAuditEvent } from '../audit/audit.repository.js'
import type { Deps } from '../deps.js'
import { todayInChina } from '../kernel/china-time.js'
import type { StaffRole } from '../staff/staff-account.table.js'
import { figureValues, type FigureContext } from './figure-values.js'
import type { Figure } from './figures/figure.js'
import { FIGURES } from './figures/index.js'
import { rangeOf, sameTimeLastYear, type Period } from './period.js'
import { cachedRead } from './stats-cache.js'
import { chartsFor } from './stats-charts.service.js'
import type { ChartView } from './stats-charts.js'
import {
  areaLabel,
  areasFor,
  areaTable,
  casesHref,
  mayListCases,
  type AreaView,
  type FigureView,
  type StatsTable,
} from './stats-view.js'

export type StatsViewer = { id: string; roles: readonly StaffRole[]; ip: string | null }

export type StatsReport = {
  period: Period
  previous: Period
  areas: AreaView[]
  charts: ChartView[]
  /** every table shown: one per area, then each chart's data */
  tables: StatsTable[]
}

export const contextOf = (deps: Deps): FigureContext => ({
  db: deps.db,
  calendar: deps.calendar,
  today: todayInChina(deps.clock.now()),
  durations: new Map(),
})

type Values = Map<string, number | null>

function figureView(
  f: Figure,
  now: Values,
  before: Values,
  p: Period,
  prev: Period,
  links: boolean,
) {
  const view: FigureView = {
    id: f.id,
    label: f.label,
    basis: f.basis,
    unit: f.unit,
    value: now.get(f.id) ?? null,
    previous: f.snapshot ? null : (before.get(f.id) ?? null),
  }
  if (links) {
    view.href = casesHref(f, p, false)
    if (!f.snapshot) view.previousHref = casesHref(f, prev, true)
  }
  return view
}

/**
 * Every figure the viewer's roles may see, for the period and the same period last year, all read in
 * one snapshot; kept until the figures' tables change (src/stats/stats-cache.ts).
 */
export async function buildStats(
  deps: Deps,
  roles: readonly StaffRole[],
  period: Period,
): Promise<StatsReport> {
  const ctx = contextOf(deps)
  const key = JSON.stringify([areasFor(roles), mayListCases(roles), period, ctx.today])
  return cachedRead(deps.db, key, (db) => computeStats({ ...ctx, db }, roles, period))
}

async function computeStats(ctx: FigureContext, roles: readonly StaffRole[], period: Period) {
  const previous = sameTimeLastYear(period)
  const links = mayListCases(roles)
  const shown = areasFor(roles)
  const figures = FIGURES.filter((f) => shown.includes(f.area))
  const now = await figureValues(ctx, figures, rangeOf(period))
  const before = await figureValues(
    ctx,
    figures.filter((f) => !f.snapshot),
    rangeOf(previous),
  )
  const areas: AreaView[] = shown.map((area) => ({
    area,
    label: areaLabel(area),
    figures: figures
      .filter((f) => f.area === area)
      .map((f) => figureView(f, now, before, period, previous, links)),
  }))
  const charts = await chartsFor(ctx.db, areas, period, previous)
  const tables = [
    ...areas.map((a) => areaTable(a, period, previous)),
    ...charts.map((c) => c.table),
  ]
  return { period, previous, areas, charts, tables } satisfies StatsReport
}

/** Records an export (what, which period, for whom) in the audit log. */
export async function auditExport(
  deps: Deps,
  viewer: StatsViewer,
  format: 'csv' | 'xlsx' | 'pdf',
  period: Period,
  table?: string,
): Promise<void> {
  await insertAuditEvent(deps.db, {
    actor: { type: 'staff', id: viewer.id, roles: viewer.roles },
    ip: viewer.ip,
    action: 'stats.export',
    object: { type: 'stats' },
    result: 'success',
    details: { format, from: period.from, to: period.to, ...(table ? { table } : {}) },
    at: deps.clock.now(),
  })
}
