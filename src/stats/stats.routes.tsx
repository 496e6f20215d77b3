import type { Context } from 'hono'
import { Hono } from 'hono'
import { StatsCasesPage } from '../../views/pages/staff/stats/stats-cases.js'
import { StatsPage } from '../../views/pages/staff/stats/stats.js'
import type { Deps } from '../deps.js'
import { AppError } from '../errors.js'
import { clientIp } from '../http/client-ip.js'
import { contentDisposition } from '../http/content-disposition.js'
import { hasErrors, parseForm, type FormErrors } from '../http/form.js'
import { todayInChina } from '../kernel/china-time.js'
import { CASE_ROLES, staffRoute, type StaffRouteDef } from '../staff/staff-access.js'
import type { StaffEnv } from '../staff/staff-env.js'
import { findFigure } from './figures/index.js'
import { periodQuery, sameTimeLastYear, type Period } from './period.js'
import { periodFromForm, StatsCasesSchema, StatsPeriodSchema } from './stats.schema.js'
import { statsReportPdf } from './stats-report.service.js'
import { tableCsv, tablesWorkbook } from './stats-export.js'
import { areasFor } from './stats-view.js'
import { figureCases } from './stats-cases.service.js'
import { auditExport, buildStats, type StatsViewer } from './stats.service.js'

/** intake sees the intake figures; the auditor figures without case lists (docs/decisions/068-statistics-figures.md). */
const STATS_ROLES = ['intake', 'reviewer', 'leader', 'auditor'] as const
const FIGURES_ONLY = '统计数字不含案件材料和个人信息；审计员只看数字，看不到其背后的案件清单'

export const STATS_ROUTES = {
  page: { method: 'GET', path: '/staff/stats', access: STATS_ROLES, acrossDuties: FIGURES_ONLY },
  cases: { method: 'GET', path: '/staff/stats/cases', access: CASE_ROLES },
  csv: {
    method: 'GET',
    path: '/staff/stats/export.csv',
    access: STATS_ROLES,
    acrossDuties: FIGURES_ONLY,
  },
  xlsx: {
    method: 'GET',
    path: '/staff/stats/export.xlsx',
    access: STATS_ROLES,
    acrossDuties: FIGURES_ONLY,
  },
  pdf: {
    method: 'GET',
    path: '/staff/stats/report.pdf',
    access: ['reviewer', 'leader', 'auditor'],
    acrossDuties: FIGURES_ONLY,
  },
} as const satisfies Record<string, StaffRouteDef>

const FIELDS = ['period', 'year', 'quarter', 'month', 'from', 'to'] as const

type PeriodHandler = (c: Context<StaffEnv>, period: Period) => Promise<Response>

export function statsRoutes(deps: Deps) {
  const app = new Hono<StaffEnv>()
  const handlers: Record<keyof typeof STATS_ROUTES, PeriodHandler> = {
    page: (c, period) => showPage(deps, c, period),
    cases: (c, period) => showCases(deps, c, period),
    csv: async (c, period) => {
      const report = await buildStats(deps, c.var.staff!.roles, period)
      const table = report.tables.find((t) => t.id === c.req.query('table'))
      if (!table) throw new AppError(404, 'not_found', '没有这张统计表，请从统计页面选择。')
      await auditExport(deps, viewerOf(c, deps), 'csv', period, table.id)
      const name = `统计-${table.title}-${period.label}.csv`
      return c.body(tableCsv(table), 200, download(name, 'text/csv; charset=utf-8'))
    },
    xlsx: async (c, period) => {
      const report = await buildStats(deps, c.var.staff!.roles, period)
      const xlsx = await tablesWorkbook(report.tables, deps.siteSettings.current().name)
      await auditExport(deps, viewerOf(c, deps), 'xlsx', period)
      return c.body(new Uint8Array(xlsx), 200, download(`统计-${period.label}.xlsx`, XLSX_TYPE))
    },
    pdf: async (c, period) => {
      const pdf = await statsReportPdf(deps, viewerOf(c, deps), period)
      const name = `工作情况报告-${period.label}.pdf`
      return c.body(new Uint8Array(pdf), 200, download(name, 'application/pdf'))
    },
  }
  for (const [key, def] of Object.entries(STATS_ROUTES))
    staffRoute(app, def, (c) => withPeriod(deps, c, handlers[key as keyof typeof STATS_ROUTES]))
  return app
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** Every stats route takes the period from the query; a bad one is the page again with 422. */
async function withPeriod(deps: Deps, c: Context<StaffEnv>, use: PeriodHandler) {
  const parsed = parseForm(StatsPeriodSchema, valuesOf(c))
  if (parsed.ok) return use(c, periodFromForm(parsed.data, todayInChina(deps.clock.now())))
  c.status(422)
  return renderInvalid(c, parsed.form.errors)
}

async function showPage(deps: Deps, c: Context<StaffEnv>, period: Period) {
  const roles = c.var.staff!.roles
  const report = await buildStats(deps, roles, period)
  const mayPdf = roles.some((r) => r !== 'intake')
  const query = periodQuery(period)
  return c.render(
    <StatsPage values={valuesOf(c)} errors={{}} report={report} query={query} mayPdf={mayPdf} />,
    { title: '统计与报告' },
  )
}

async function showCases(deps: Deps, c: Context<StaffEnv>, period: Period) {
  const parsed = parseForm(StatsCasesSchema, {
    figure: c.req.query('figure'),
    compare: c.req.query('compare'),
  })
  const figure = parsed.ok ? findFigure(parsed.data.figure) : undefined
  const shown = figure && areasFor(c.var.staff!.roles).includes(figure.area)
  if (!parsed.ok || !figure || !shown || figure.subject === 'exchange')
    throw new AppError(404, 'not_found', '没有这项统计数字，请从统计页面选择。')
  const which = parsed.data.compare ? sameTimeLastYear(period) : period
  const view = await figureCases(deps, viewerOf(c, deps), figure, which)
  const back = `/staff/stats?${periodQuery(period)}`
  return c.render(<StatsCasesPage view={view} back={back} />, { title: figure.label })
}

function renderInvalid(c: Context<StaffEnv>, errors: FormErrors) {
  return c.render(
    <StatsPage values={valuesOf(c)} errors={errors} report={undefined} query="" mayPdf={false} />,
    {
      title: '统计与报告',
      invalid: hasErrors(errors),
    },
  )
}

function valuesOf(c: Context<StaffEnv>): Record<string, string | undefined> {
  return Object.fromEntries(FIELDS.map((k) => [k, c.req.query(k)]))
}

function viewerOf(c: Context<StaffEnv>, deps: Deps): StatsViewer {
  const staff = c.var.staff!
  return { id: staff.id, roles: staff.roles, ip: clientIp(c, deps) }
}

function download(name: string, type: string): Record<string, string> {
  return { 'Content-Type': type, 'Content-Disposition': contentDisposition('attachment', name) }
}
