import type { FormErrors } from '../../../../src/http/form.js'
import type { RetentionRow } from '../../../../src/staff/admin/retention/retention-admin.service.js'
import { ErrorSummary } from '../../../components/error-summary.js'
import { TextField } from '../../../components/field.js'
import { Button, Form } from '../../../components/form.js'

const MODE_TEXT = {
  records: '',
  by_date: '每日删除早于期限的记录',
  manual: '尚未自动清除，期限届满的请联系系统管理员处理',
} as const

/** Each disposition's period, its default and basis, and what the next 30 days will purge. */
export function RetentionPage(props: {
  rows: RetentionRow[]
  errors: FormErrors
  saved: boolean
  csrfToken: string
}) {
  return (
    <>
      <ErrorSummary errors={props.errors} />
      {props.saved ? (
        <div class="notice" role="status">
          <p>保存期限已保存。个人信息处理告知页面同时更新，下一次每日清除按新的期限执行。</p>
        </div>
      ) : null}
      <h1>个人信息保存期限</h1>
      <p>
        期限届满后，系统每天凌晨自动清除申请人的个人信息和上传的材料，保留不含个人信息的统计数据；领导设置了“保留”的案件不清除。办结的案卷已移交检察档案，这里只是在线副本的期限。标明“未核实”的，是没有找到法律、规章规定的期限，由本院决定。
      </p>
      <h2>未来 30 日将清除</h2>
      <table class="table">
        <thead>
          <tr>
            <th scope="col">类别</th>
            <th scope="col">将清除（件）</th>
            <th scope="col">因保留暂不清除（件）</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => (
            <tr>
              <th scope="row">{r.label}</th>
              <td>{r.dueSoon ?? MODE_TEXT[r.mode]}</td>
              <td>{r.dueSoon === null ? '—' : r.held}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>各类别的保存期限</h2>
      {props.rows.map((r) => (
        <Form action="/staff/admin/retention" csrfToken={props.csrfToken}>
          <input type="hidden" name="kind" value={r.kind} />
          <TextField
            name="months"
            id={`months-${r.kind}`}
            label={`${r.label}（月，自${r.from}起算；现为 ${r.period}）`}
            hint={`默认 ${r.defaultPeriod}。依据：${r.basis}${r.verified ? '' : '（未核实）'}`}
            value={String(r.months)}
            inputmode="numeric"
            short
          />
          <Button variant="secondary">保存</Button>
        </Form>
      ))}
    </>
  )
}
