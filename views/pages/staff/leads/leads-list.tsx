import type { FormErrors } from '../../../../src/http/form.js'
import type { LeadListView } from '../../../../src/leads/lead-view.service.js'
import { ErrorSummary } from '../../../components/error-summary.js'
import { SelectField } from '../../../components/field.js'

export type LeadsPageProps = {
  values: Record<string, string | undefined>
  errors: FormErrors
  /** undefined when the filters were refused */
  list: LeadListView | undefined
  options: LeadListView['options']
  filterQuery: string
  firstPage: boolean
}

/** 监督线索: one row per court case with its raised rules, highest severity and unpaid amount first. */
export function LeadsPage(p: LeadsPageProps) {
  const q = p.filterQuery
  return (
    <>
      <ErrorSummary errors={p.errors} />
      <h1>监督线索</h1>
      <p>
        由导入的法院执行案件数据按规则筛出，每件法院案件一条。线索只是提示，不是违法认定；请逐条初筛为“有效”或“无效”。
        <a href="/staff/leads/rules">规则说明与各规则的命中案件</a>
      </p>
      <Filters {...p} />
      {!p.list ? null : p.list.items.length === 0 ? (
        <p>没有符合条件的线索。</p>
      ) : (
        <table>
          <caption class="visually-hidden">监督线索</caption>
          <thead>
            <tr>
              <th scope="col">执行案号</th>
              <th scope="col">法院</th>
              <th scope="col">严重程度</th>
              <th scope="col">触发规则</th>
              <th scope="col">未执行金额</th>
              <th scope="col">立案至今</th>
              <th scope="col">状态</th>
            </tr>
          </thead>
          <tbody>
            {p.list.items.map((l) => (
              <tr>
                <td>
                  <a href={`/staff/leads/${l.id}`}>{l.caseNo}</a>
                </td>
                <td>{l.court}</td>
                <td>
                  {l.band}（{l.severity}）
                </td>
                <td>{l.rules}</td>
                <td>{l.unpaid}</td>
                <td>{l.age}</td>
                <td>
                  {l.status}
                  {l.changed ? '（证据有变化）' : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav class="pagination" aria-label="翻页">
        {p.firstPage ? null : <a href={`/staff/leads${q ? `?${q}` : ''}`}>回到第一页</a>}
        {p.list?.nextAfter ? (
          <a href={`/staff/leads?${q ? `${q}&` : ''}after=${p.list.nextAfter}`}>下一页</a>
        ) : null}
      </nav>
    </>
  )
}

function Filters(p: LeadsPageProps) {
  const v = p.values
  const o = p.options
  return (
    <form method="get" action="/staff/leads" class="filter-form" novalidate>
      <SelectField
        name="rule"
        label="规则"
        options={o.rules}
        value={v.rule}
        placeholder="全部规则"
        error={p.errors.rule}
        optional
      />
      <SelectField
        name="court"
        label="法院"
        options={o.courts}
        value={v.court}
        placeholder="全部法院"
        error={p.errors.court}
        optional
      />
      <SelectField
        name="batch"
        label="导入批次"
        options={o.batches}
        value={v.batch}
        placeholder="全部批次"
        error={p.errors.batch}
        optional
      />
      <SelectField
        name="severity"
        label="严重程度"
        options={o.severities}
        value={v.severity}
        placeholder="全部"
        error={p.errors.severity}
        optional
      />
      <SelectField
        name="status"
        label="状态"
        options={o.statuses}
        value={v.status}
        placeholder="未消除的全部线索"
        error={p.errors.status}
        optional
      />
      <div class="button-group">
        <button class="button" type="submit">
          筛选
        </button>
        <a class="button button--secondary" href="/staff/leads">
          清除筛选
        </a>
      </div>
    </form>
  )
}
