import type {
  ExchangeLogPage as LogPageData,
  ExchangeTotalsView,
} from '../../../../src/exchange/log/exchange-log.service.js'
import type { FormErrors } from '../../../../src/http/form.js'
import { ErrorSummary } from '../../../components/error-summary.js'
import { SelectField, TextField, DateField } from '../../../components/field.js'
import { EntriesTable } from './log-table.js'

export type ExchangeLogPageProps = {
  values: Record<string, string | undefined>
  errors: FormErrors
  /** undefined when the filters were refused */
  page: LogPageData | undefined
  firstPage?: boolean
  /** query string of the current filters, without the page cursor */
  filterQuery: string
  done: boolean
  mayAdd: boolean
  mayDownload: boolean
}

const DIRECTIONS = [
  { value: 'from_court', label: '法院→本院' },
  { value: 'to_court', label: '本院→法院' },
]

export function ExchangeLogPage(props: ExchangeLogPageProps) {
  const q = props.filterQuery
  return (
    <>
      <ErrorSummary errors={props.errors} />
      {props.done ? (
        <div class="notice" role="status">
          <p>已登记这次交换。</p>
        </div>
      ) : null}
      <h1>交换记录</h1>
      <p>
        与法院的每一次信息交换：导入法院清单、向法院提交本院清单，以及线下纸质交换的登记。新的在前。
      </p>
      {props.mayAdd ? (
        <p class="button-group">
          <a class="button" href="/staff/exchange/log/new">
            登记纸质交换
          </a>
          <a class="button button--secondary" href="/staff/exchange/outgoing">
            生成本院交换清单
          </a>
        </p>
      ) : null}
      <Filters {...props} />
      {props.page ? <Totals totals={props.page.totals} period={props.page.period} /> : null}
      {!props.page ? null : props.page.entries.length === 0 ? (
        <p>没有符合条件的交换记录。</p>
      ) : (
        <EntriesTable entries={props.page.entries} mayDownload={props.mayDownload} />
      )}
      <nav class="pagination" aria-label="翻页">
        {props.firstPage === false ? (
          <a href={`/staff/exchange/log${q ? `?${q}` : ''}`}>回到最新</a>
        ) : null}
        {props.page?.nextAfter ? (
          <a href={`/staff/exchange/log?${q ? `${q}&` : ''}after=${props.page.nextAfter}`}>
            更早的记录
          </a>
        ) : null}
      </nav>
    </>
  )
}

function Filters(props: ExchangeLogPageProps) {
  const v = props.values
  const years = (props.page?.years ?? []).map((y) => ({ value: String(y), label: `${y} 年` }))
  return (
    <form method="get" action="/staff/exchange/log" class="filter-form" novalidate>
      <SelectField
        name="year"
        label="年度"
        options={years}
        value={v.year}
        placeholder="全部年度"
        error={props.errors.year}
        optional
      />
      <DateField name="from" label="开始日期" value={v.from} error={props.errors.from} optional />
      <DateField name="to" label="结束日期" value={v.to} error={props.errors.to} optional />
      <SelectField
        name="direction"
        label="交换方向"
        options={DIRECTIONS}
        value={v.direction}
        placeholder="两个方向"
        error={props.errors.direction}
        optional
      />
      <div class="button-group">
        <button class="button" type="submit">
          筛选
        </button>
        <a class="button button--secondary" href="/staff/exchange/log">
          清除筛选
        </a>
      </div>
    </form>
  )
}

function periodText(period: { from?: string | undefined; to?: string | undefined }): string {
  if (period.from && period.to) return `${period.from} 至 ${period.to}`
  if (period.from) return `${period.from} 以来`
  if (period.to) return `截至 ${period.to}`
  return '全部记录'
}

function Totals(props: {
  totals: ExchangeTotalsView
  period: { from?: string | undefined; to?: string | undefined }
}) {
  const t = props.totals
  return (
    <section aria-labelledby="exchange-totals">
      <h2 id="exchange-totals">合计（{periodText(props.period)}）</h2>
      <dl class="summary-list" data-testid="exchange-totals">
        <div>
          <dt>法院→本院</dt>
          <dd>
            交换 {t.fromCourt.exchanges} 次，{t.fromCourt.items} 条
          </dd>
        </div>
        <div>
          <dt>本院→法院</dt>
          <dd>
            交换 {t.toCourt.exchanges} 次，{t.toCourt.items} 条
          </dd>
        </div>
        <div>
          <dt>合计</dt>
          <dd>
            交换 {t.all.exchanges} 次，{t.all.items} 条
          </dd>
        </div>
      </dl>
    </section>
  )
}
