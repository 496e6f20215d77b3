import type { FormErrors } from '../../../../src/http/form.js'
import type { StatsReport } from '../../../../src/stats/stats.service.js'
import type { AreaView, FigureView, StatsTable } from '../../../../src/stats/stats-view.js'
import { ErrorSummary } from '../../../components/error-summary.js'
import { SelectField, TextField } from '../../../components/field.js'
import { Chart } from './stats-chart.js'

export type StatsPageProps = {
  values: Record<string, string | undefined>
  errors: FormErrors
  /** undefined when the period was refused */
  report: StatsReport | undefined
  /** the period's query string, for exports */
  query: string
  mayPdf: boolean
}

const KINDS = [
  { value: 'year', label: '年度' },
  { value: 'quarter', label: '季度' },
  { value: 'month', label: '月份' },
  { value: 'range', label: '起止日期' },
]
const QUARTERS = ['一', '二', '三', '四'].map((q, i) => ({
  value: String(i + 1),
  label: `第${q}季度`,
}))
const MONTHS = Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: `${i + 1}月` }))

export function StatsPage(props: StatsPageProps) {
  const r = props.report
  return (
    <>
      <ErrorSummary errors={props.errors} />
      <h1>统计与报告{r ? `：${r.period.label}` : ''}</h1>
      <p>
        每项数字都由系统按“口径”从办案记录中统计，并与去年同期对照；点数字可查看其对应的案件（姓名已遮蔽）。
      </p>
      <PeriodForm {...props} />
      {r ? <Report report={r} query={props.query} mayPdf={props.mayPdf} /> : null}
    </>
  )
}

function PeriodForm(props: StatsPageProps) {
  const v = props.values
  const e = props.errors
  return (
    <form method="get" action="/staff/stats" class="filter-form" novalidate>
      <SelectField
        name="period"
        label="统计期间"
        options={KINDS}
        value={v.period ?? 'year'}
        error={e.period}
      />
      <TextField
        name="year"
        label="年度"
        value={v.year}
        error={e.year}
        inputmode="numeric"
        short
        optional
      />
      <SelectField
        name="quarter"
        label="季度"
        options={QUARTERS}
        value={v.quarter}
        error={e.quarter}
        optional
      />
      <SelectField
        name="month"
        label="月份"
        options={MONTHS}
        value={v.month}
        error={e.month}
        optional
      />
      <TextField name="from" label="开始日期" type="date" value={v.from} error={e.from} optional />
      <TextField name="to" label="结束日期" type="date" value={v.to} error={e.to} optional />
      <div class="button-group">
        <button class="button" type="submit">
          统计
        </button>
      </div>
    </form>
  )
}

function Report(props: { report: StatsReport; query: string; mayPdf: boolean }) {
  const { report, query } = props
  return (
    <>
      <p class="button-group">
        <a class="button button--secondary" href={`/staff/stats/export.xlsx?${query}`}>
          下载全部表格（Excel）
        </a>
        {props.mayPdf ? (
          <a class="button button--secondary" href={`/staff/stats/report.pdf?${query}`}>
            下载工作情况报告（PDF）
          </a>
        ) : null}
      </p>
      {report.areas.map((a, i) => (
        <AreaSection area={a} table={report.tables[i]!} query={query} report={report} />
      ))}
      <h2>图表</h2>
      {report.charts.map((c) => (
        <Chart chart={c} query={query} />
      ))}
    </>
  )
}

function AreaSection(props: {
  area: AreaView
  table: StatsTable
  query: string
  report: StatsReport
}) {
  const { area, report } = props
  return (
    <section aria-labelledby={`area-${area.area}`}>
      <h2 id={`area-${area.area}`}>{area.label}</h2>
      <div class="table-wrap">
        <table class="case-table" data-table={props.table.id}>
          <caption class="visually-hidden">{props.table.title}</caption>
          <thead>
            <tr>
              {props.table.header.map((h) => (
                <th scope="col">{h}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {area.figures.map((f, i) => (
              <FigureRow f={f} cells={props.table.rows[i]!} />
            ))}
          </tbody>
        </table>
      </div>
      <p>
        <a href={`/staff/stats/export.csv?table=${props.table.id}&${props.query}`}>
          下载本表（CSV）
          <span class="visually-hidden">
            ：{area.label}，{report.period.label}
          </span>
        </a>
      </p>
    </section>
  )
}

function FigureRow(props: { f: FigureView; cells: string[] }) {
  const [label, now, before, unit, basis] = props.cells as [string, string, string, string, string]
  const link = (text: string, href: string | undefined, when: string) =>
    href && text !== '—' ? (
      <a href={href} aria-label={`${label}${when}${text}${unit === '%' ? '' : unit}，查看对应记录`}>
        {text}
      </a>
    ) : (
      text
    )
  return (
    <tr data-figure={props.f.id}>
      <th scope="row">{label}</th>
      <td>{link(now, props.f.href, '本期')}</td>
      <td>{link(before, props.f.previousHref, '去年同期')}</td>
      <td>{unit}</td>
      <td>{basis}</td>
    </tr>
  )
}
