import type {
  CalendarYearView,
  OverrideForm,
} from '../../../../src/staff/admin/calendar/calendar-view.js'
import { RadioGroup } from '../../../components/choices.js'
import { ErrorSummary } from '../../../components/error-summary.js'
import type { FormErrors } from '../../../../src/http/form.js'
import { TextArea, TextField, DateField } from '../../../components/field.js'
import { Button, CSRF_FIELD, Form } from '../../../components/form.js'

export type CalendarPageProps = {
  csrfToken: string
  view: CalendarYearView
  /** years offered as links: the official ones plus this year and the next two */
  years: number[]
  form: OverrideForm
  errors: FormErrors
  notice?: string | undefined
}

const KINDS = [
  { value: 'holiday', label: '休息日', hint: '例如新公布的节假日' },
  { value: 'workday', label: '工作日', hint: '例如周末调休上班' },
]

export function CalendarPage(props: CalendarPageProps) {
  const { view, form, errors } = props
  return (
    <>
      <ErrorSummary errors={errors} />
      {props.notice ? (
        <div class="notice" role="status">
          <p>{props.notice}</p>
        </div>
      ) : null}
      <h1>节假日调整</h1>
      <p>
        期限按国务院办公厅公布的节假日安排计算。已收录的年份：
        {view.officialYears.length > 0 ? `${view.officialYears.join('、')} 年` : '无'}
        。新一年的安排公布后尚未收录、或有本地安排时，请在这里补充。
      </p>
      <nav aria-label="选择年份">
        <ul class="link-list year-list">
          {props.years.map((y) => (
            <li>
              {y === view.year ? (
                <strong aria-current="page">{y} 年</strong>
              ) : (
                <a href={`/staff/admin/calendar?year=${y}`}>{y} 年</a>
              )}
            </li>
          ))}
        </ul>
      </nav>
      <h2>{view.year} 年的调整</h2>
      <p>{view.coverageText}</p>
      {view.overrides.length === 0 ? <p>{view.year} 年没有调整。</p> : <OverrideTable {...props} />}
      <h2>增加调整</h2>
      <p>同一天已有调整时，新的调整会替换它。</p>
      <Form action="/staff/admin/calendar" csrfToken={props.csrfToken}>
        <DateField name="day" label="日期" value={form.day} error={errors.day} />
        <RadioGroup
          name="kind"
          legend="这一天是"
          options={KINDS}
          value={form.kind}
          error={errors.kind}
        />
        <TextField
          name="name"
          label="名称"
          hint="例如“春节”“国庆节调休上班”"
          value={form.name}
          error={errors.name}
          maxlength={50}
        />
        <TextArea
          name="note"
          label="备注"
          hint="例如依据的通知文号"
          value={form.note}
          error={errors.note}
          rows={3}
          maxlength={500}
          optional
        />
        <div class="button-group">
          <Button>保存调整</Button>
        </div>
      </Form>
    </>
  )
}

function OverrideTable(props: CalendarPageProps) {
  return (
    <div class="table-wrap">
      <table>
        <caption>{props.view.year} 年的调整</caption>
        <thead>
          <tr>
            <th scope="col">日期</th>
            <th scope="col">类型</th>
            <th scope="col">名称</th>
            <th scope="col">备注</th>
            <th scope="col">操作</th>
          </tr>
        </thead>
        <tbody>
          {props.view.overrides.map((o) => (
            <tr>
              <td>
                {o.day}（{o.weekday}）
              </td>
              <td>{o.kind}</td>
              <td>{o.name}</td>
              <td>{o.note}</td>
              <td>
                <form method="post" action="/staff/admin/calendar/remove" class="inline-form">
                  <input type="hidden" name={CSRF_FIELD} value={props.csrfToken} />
                  <input type="hidden" name="day" value={o.day} />
                  <button class="link-button" type="submit">
                    删除<span class="visually-hidden">{o.day} 的调整</span>
                  </button>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
