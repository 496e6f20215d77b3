import type { Db } from '../db/database.js'
import { RULES } from '../leads/rules/index.js'
import { findFigure } from './figures/index.js'
import { monthsOf, rangeOf, type Period } from './period.js'
import {
  funnelChart,
  monthlyChart,
  outcomesChart,
  rulesChart,
  type ChartView,
} from './stats-charts.js'
import { countRowsByRule, sumFigureRowsByMonth } from './stats.repository.js'
import type { AreaView } from './stats-view.js'

/** The charts for the areas shown, each drawn from the same figure definitions as the tables. */
export async function chartsFor(
  db: Db,
  areas: AreaView[],
  period: Period,
  previous: Period,
): Promise<ChartView[]> {
  const has = (a: string) => areas.find((x) => x.area === a)
  const charts = [await monthly(db, period, has('review') !== undefined)]
  const review = has('review')
  if (review) charts.push(outcomesChart(review, period, previous))
  const recs = has('recommendations')
  if (recs) charts.push(funnelChart(recs, period))
  if (has('leads')) charts.push(await rules(db, period))
  return charts
}

async function monthly(db: Db, period: Period, withReview: boolean) {
  const ids = [
    ['applications.received', '收到申请'],
    ['applications.accepted', '受理'],
    ...(withReview ? [['review.decided', '审查终结']] : []),
  ] as const
  const months = monthsOf(period)
  const range = rangeOf(period)
  const series = []
  for (const [id, name] of ids) {
    const byMonth = await sumFigureRowsByMonth(db, findFigure(id)!.rows(db, range, ''), 'count')
    series.push({ name, data: months.map((m) => byMonth.get(m) ?? 0) })
  }
  return monthlyChart(period, { months, series })
}

async function rules(db: Db, period: Period) {
  const range = rangeOf(period)
  const by = (id: string) => countRowsByRule(db, findFigure(id)!.rows(db, range, ''))
  const [raised, valid, invalid] = [
    await by('leads.raised'),
    await by('leads.valid'),
    await by('leads.invalid'),
  ]
  return rulesChart(
    RULES.map((r) => ({
      id: r.id,
      name: r.name,
      raised: raised.get(r.id) ?? 0,
      valid: valid.get(r.id) ?? 0,
      invalid: invalid.get(r.id) ?? 0,
    })),
    period,
  )
}
