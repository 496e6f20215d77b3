import type { FormErrors } from '../../../../src/http/form.js'
import { ErrorSummary } from '../../../components/error-summary.js'
import { TextField } from '../../../components/field.js'
import { Button, Form } from '../../../components/form.js'

type Row = {
  key: string
  days: number
  label: string
  basis: string
  verified: boolean
  /** no legal basis: the procuratorate's own working period */
  own_choice: boolean
  /** the administrator may name what the period rests on (督促回复) */
  basisEditable: boolean
}

function basisText(r: Row): string {
  if (r.own_choice) return `${r.basis}（本院自定，非法定期限）`
  return `依据：${r.basis}${r.verified ? '' : '（未核实）'}`
}

/** The ledger's periods, each with its basis and whether its text was checked. */
export function CollabPeriodsPage(props: {
  rows: Row[]
  errors: FormErrors
  saved: boolean
  csrfToken: string
}) {
  return (
    <>
      <ErrorSummary errors={props.errors} />
      {props.saved ? (
        <div class="notice" role="status">
          <p>期限已保存，此后计算的期限按新的天数。</p>
        </div>
      ) : null}
      <h1>协作台账期限</h1>
      <p>
        犯罪线索移送、涉执信访和督促回复使用的期限（自然日）。标明“未核实”的，是未能核对原文的期限，请按现行有效的文本调整；督促回复的期限没有法定依据，由本院确定。
      </p>
      {props.rows.map((r) => (
        <Form action="/staff/admin/collab-periods" csrfToken={props.csrfToken}>
          <input type="hidden" name="key" value={r.key} />
          <TextField
            name="days"
            id={`days-${r.key}`}
            label={`${r.label}（日）`}
            hint={basisText(r)}
            value={String(r.days)}
            inputmode="numeric"
            short
          />
          {r.basisEditable ? (
            <TextField
              name="basis"
              id={`basis-${r.key}`}
              label="依据"
              hint="例如本院与法院会签的文件名称和条款；不填写的，标明为本院自定的工作期限"
              value={r.own_choice ? '' : r.basis}
              error={props.errors.basis}
              maxlength={200}
              optional
            />
          ) : null}
          <Button variant="secondary">保存</Button>
        </Form>
      ))}
    </>
  )
}
