import type { AuditEntryView } from '../../../src/audit/audit-log.service.js'
import type { ChainCheck } from '../../../src/audit/audit-chain.repository.js'
import { ErrorSummary } from '../../components/error-summary.js'
import type { FormErrors } from '../../../src/http/form.js'
import { SelectField, TextField, DateField } from '../../components/field.js'

export type AuditLogPageProps = {
  values: Record<string, string | undefined>
  errors: FormErrors
  entries: AuditEntryView[]
  /** query string of the current filters (without the page cursor) */
  filterQuery: string
  nextBefore: string | undefined
  firstPage: boolean
  /** the hash chain recomputed for this page view (issue 12 F16) */
  chain?: ChainCheck
}

function ChainStatus(props: { chain: ChainCheck | undefined }) {
  const chain = props.chain
  if (!chain) return null
  const intact = chain.firstBrokenId === null && chain.headMatches
  const text = intact
    ? `完整性核验：已核验 ${chain.checked} 条带哈希链的记录，未发现修改或删除。`
    : chain.firstBrokenId !== null
      ? `完整性核验未通过：编号 ${chain.firstBrokenId} 的记录起哈希链不符，审计记录可能已被修改或删除。请立即报告安全保密管理员。`
      : '完整性核验未通过：最新的审计记录与链头不符，末尾的记录可能已被删除。请立即报告安全保密管理员。'
  return (
    <div class={intact ? 'panel' : 'panel panel--warning'} role="status" data-testid="audit-chain">
      <p>{text}</p>
    </div>
  )
}

const RESULTS = [
  { value: 'success', label: '成功' },
  { value: 'failure', label: '失败' },
  { value: 'denied', label: '拒绝' },
]

export function AuditLogPage(props: AuditLogPageProps) {
  const v = props.values
  const q = props.filterQuery
  return (
    <>
      <ErrorSummary errors={props.errors} />
      <h1>审计日志</h1>
      <ChainStatus chain={props.chain} />
      <p>查看和导出审计日志的操作本身也会记入审计日志。时间均为北京时间。</p>
      <form method="get" action="/staff/audit" class="filter-form" novalidate>
        <DateField name="from" label="开始日期" value={v.from} error={props.errors.from} optional />
        <DateField name="to" label="结束日期" value={v.to} error={props.errors.to} optional />
        <TextField
          name="actor"
          label="操作人用户名"
          value={v.actor}
          error={props.errors.actor}
          optional
        />
        <TextField
          name="action"
          label="操作名称（前缀）"
          hint="例如 staff_account 或 staff.login"
          value={v.action}
          error={props.errors.action}
          optional
        />
        <TextField
          name="objectType"
          label="对象类型"
          hint="例如 application、staff_account"
          value={v.objectType}
          error={props.errors.objectType}
          optional
        />
        <TextField
          name="objectId"
          label="对象编号"
          value={v.objectId}
          error={props.errors.objectId}
          optional
        />
        <SelectField
          name="result"
          label="结果"
          options={RESULTS}
          value={v.result}
          placeholder="全部"
          error={props.errors.result}
          optional
        />
        <div class="button-group">
          <button class="button" type="submit">
            筛选
          </button>
          <a class="button button--secondary" href="/staff/audit">
            清除筛选
          </a>
        </div>
      </form>
      <p>
        <a href={`/staff/audit.csv${q ? `?${q}` : ''}`} download>
          导出符合筛选条件的记录（CSV）
        </a>
      </p>
      {props.entries.length === 0 ? (
        <p>没有符合条件的记录。</p>
      ) : (
        <EntriesTable entries={props.entries} />
      )}
      <nav class="pagination" aria-label="翻页">
        {props.firstPage ? null : <a href={`/staff/audit${q ? `?${q}` : ''}`}>回到最新</a>}
        {props.nextBefore ? (
          <a href={`/staff/audit?${q ? `${q}&` : ''}before=${props.nextBefore}`}>更早的记录</a>
        ) : null}
      </nav>
    </>
  )
}

function EntriesTable(props: { entries: AuditEntryView[] }) {
  return (
    <div class="table-wrap">
      <table class="audit-table">
        <caption>审计记录（新的在前）</caption>
        <thead>
          <tr>
            <th scope="col">编号</th>
            <th scope="col">时间</th>
            <th scope="col">操作人</th>
            <th scope="col">IP</th>
            <th scope="col">操作</th>
            <th scope="col">对象</th>
            <th scope="col">结果</th>
            <th scope="col">详情</th>
          </tr>
        </thead>
        <tbody>
          {props.entries.map((e) => (
            <tr>
              <td>{e.id}</td>
              <td>{e.at}</td>
              <td>{e.actor}</td>
              <td>{e.ip}</td>
              <td>
                <code>{e.action}</code>
              </td>
              <td>{e.object}</td>
              <td>{e.result}</td>
              <td>
                <code class="audit-details">{e.details}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
