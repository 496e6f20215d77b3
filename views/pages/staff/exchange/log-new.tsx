import type { FormErrors, FormValues } from '../../../../src/http/form.js'
import type { SupervisedCourt } from '../../../../src/site/site-view.js'
import { RadioGroup } from '../../../components/choices.js'
import { ErrorSummary } from '../../../components/error-summary.js'
import { TextArea, TextField, DateField } from '../../../components/field.js'
import { FileField } from '../../../components/file-field.js'
import { Button, Form } from '../../../components/form.js'

export type PaperExchangePageProps = {
  csrfToken: string
  courts: SupervisedCourt[]
  values: FormValues
  errors: FormErrors
}

const text = (v: FormValues[string]) => (typeof v === 'string' ? v : undefined)

/** A hand entry for an exchange of lists that happened on paper (at a 联席会, by courier). */
export function PaperExchangePage(props: PaperExchangePageProps) {
  const v = props.values
  const e = props.errors
  const counterparts = [
    ...props.courts.map((c) => ({ value: c.name, label: c.name })),
    { value: 'other', label: '其他单位' },
  ]
  return (
    <>
      <a class="back-link" href="/staff/exchange/log">
        返回交换记录
      </a>
      <ErrorSummary errors={e} />
      <h1>登记纸质交换</h1>
      <p>
        线下交换的清单（例如联席会上当面交换、寄送的纸质清单）在这里登记，计入交换次数和条数。通过系统导入或生成的清单会自动登记，不必在这里重复登记。
      </p>
      <Form action="/staff/exchange/log/new" csrfToken={props.csrfToken} multipart>
        <DateField
          name="exchangedOn"
          label="交换日期"
          value={text(v.exchangedOn)}
          error={e.exchangedOn}
        />
        <RadioGroup
          name="direction"
          legend="交换方向"
          options={[
            { value: 'from_court', label: '法院→本院（收到法院的清单）' },
            { value: 'to_court', label: '本院→法院（向法院提供本院的清单）' },
          ]}
          value={text(v.direction)}
          error={e.direction}
        />
        <RadioGroup
          name="counterpart"
          legend="交换单位"
          options={counterparts}
          value={text(v.counterpart) ?? (props.courts.length === 1 ? props.courts[0]!.name : '')}
          error={e.counterpart}
        />
        <TextField
          name="counterpartOther"
          label="其他单位的名称"
          hint="交换单位选择“其他单位”时填写"
          value={text(v.counterpartOther)}
          error={e.counterpartOther}
          maxlength={100}
          optional
        />
        <TextField
          name="content"
          label="交换内容"
          hint="例如：2026年第一季度执行案件清单"
          value={text(v.content)}
          error={e.content}
          maxlength={200}
        />
        <TextField
          name="itemCount"
          label="交换条数"
          hint="清单上的案件或事项条数；没有逐条清单的填 0"
          value={text(v.itemCount)}
          error={e.itemCount}
          inputmode="numeric"
          short
        />
        <TextArea
          name="note"
          label="备注"
          rows={3}
          value={text(v.note)}
          error={e.note}
          maxlength={1000}
          optional
        />
        <FileField
          name="file"
          label="清单扫描件"
          hint="PDF、JPG 或 PNG，不超过 20 MB"
          error={e.file}
          optional
        />
        <Button>登记</Button>
      </Form>
    </>
  )
}
