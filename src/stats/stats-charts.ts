import { renderBarChart, type ChartSpec } from './charts.js'
import { OUTCOMES } from './figures/review.js'
import type { Period } from './period.js'
import type { AreaView, StatsTable } from './stats-view.js'

export type ChartView = {
  id: string
  title: string
  summary: string
  svg: string
  table: StatsTable
}

export type MonthlySeries = { months: string[]; series: { name: string; data: number[] }[] }

function monthLabel(month: string, multiYear: boolean): string {
  const m = `${Number(month.slice(5))}月`
  return multiYear ? `${month.slice(0, 4)}年${m}` : m
}

function chartOf(spec: ChartSpec, summary: string, firstHeader: string): ChartView {
  const table: StatsTable = {
    id: `chart_${spec.id}`,
    title: spec.title,
    header: [firstHeader, ...spec.series.map((s) => s.name)],
    rows: spec.categories.map((c, i) => [c, ...spec.series.map((s) => String(s.data[i] ?? 0))]),
  }
  return { id: spec.id, title: spec.title, summary, svg: renderBarChart(spec, summary), table }
}

export function monthlyChart(period: Period, monthly: MonthlySeries): ChartView {
  const multiYear = monthly.months[0]?.slice(0, 4) !== monthly.months.at(-1)?.slice(0, 4)
  const categories = monthly.months.map((m) => monthLabel(m, multiYear))
  const parts = monthly.series.map((s) => {
    const total = s.data.reduce((a, b) => a + b, 0)
    const peak = Math.max(0, ...s.data)
    const at = total > 0 ? `，最多的是${categories[s.data.indexOf(peak)]}（${peak}件）` : ''
    return `${s.name}共${total}件${at}`
  })
  const title = `${period.label}各月申请与办理情况`
  return chartOf(
    { id: 'monthly', title, categories, series: monthly.series },
    `${parts.join('；')}。`,
    '月份',
  )
}

export function outcomesChart(review: AreaView, period: Period, previous: Period): ChartView {
  const value = (id: string, which: 'value' | 'previous') =>
    review.figures.find((f) => f.id === id)?.[which] ?? 0
  const categories = OUTCOMES.map((o) => o.label)
  const series = [
    { name: period.label, data: OUTCOMES.map((o) => value(`review.${o.action}`, 'value')) },
    { name: `去年同期`, data: OUTCOMES.map((o) => value(`review.${o.action}`, 'previous')) },
  ]
  const now = series[0]!.data
  const summary = `${period.label}审查终结${now.reduce((a, b) => a + b, 0)}件，其中${categories
    .map((c, i) => `${c}${now[i]}件`)
    .join('、')}。`
  const title = `${period.label}审查终结案件的处理结果`
  return chartOf({ id: 'outcomes', title, categories, series }, summary, '处理结果')
}

export function funnelChart(recs: AreaView, period: Period): ChartView {
  const v = (id: string, which: 'value' | 'previous' = 'value') =>
    recs.figures.find((f) => f.id === `recommendations.${id}`)?.[which] ?? 0
  const categories = ['决定提出', '送达', '法院回复', '采纳（含部分采纳）']
  const data = (w: 'value' | 'previous') => [
    v('decided', w),
    v('served', w),
    v('replied', w),
    v('adopted', w) + v('partly_adopted', w),
  ]
  const series = [
    { name: period.label, data: data('value') },
    { name: '去年同期', data: data('previous') },
  ]
  const [d, s, r, a] = series[0]!.data
  const summary = `${period.label}决定提出检察建议${d}件，送达${s}件，法院回复${r}件，其中采纳或部分采纳${a}件（各项按各自发生的日期统计）。`
  const title = `${period.label}检察建议从决定到采纳`
  return chartOf({ id: 'funnel', title, categories, series }, summary, '环节')
}

export type RuleCounts = {
  id: string
  name: string
  raised: number
  valid: number
  invalid: number
}

/** Leads by the rule that raised them, with the 初筛 conclusions (issue 17: "leads by rule"). */
export function rulesChart(rules: readonly RuleCounts[], period: Period): ChartView {
  const categories = rules.map((r) => `${r.id} ${r.name}`)
  const series = [
    { name: '发现', data: rules.map((r) => r.raised) },
    { name: '初筛有效', data: rules.map((r) => r.valid) },
    { name: '初筛无效', data: rules.map((r) => r.invalid) },
  ]
  const top = [...rules].sort((a, b) => b.raised - a.raised).filter((r) => r.raised > 0)
  const most = top.slice(0, 3).map((r) => `${r.id} ${r.name}（${r.raised}条）`)
  const summary =
    most.length === 0
      ? `${period.label}没有规则发现新的监督线索。`
      : `${period.label}发现线索最多的规则是${most.join('、')}；一条线索由几条规则同时发现的，在每条规则下各计一次。`
  const title = `${period.label}各监督规则发现的线索`
  return chartOf({ id: 'rules', title, categories, series }, summary, '规则')
}
