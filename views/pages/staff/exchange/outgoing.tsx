import type { FormErrors, FormValues } from '../../../../src/http/form.js'
import type { SupervisedCourt } from '../../../../src/site/site-view.js'
import { ErrorSummary } from '../../../components/error-summary.js'
import { SelectField, TextField, DateField } from '../../../components/field.js'
import { Button, Form } from '../../../components/form.js'

export type OutgoingPageProps = {
  csrfToken: string
  courts: SupervisedCourt[]
  values: FormValues
  errors: FormErrors
  /** the list just produced, shown once after the redirect */
  produced?: { id: string; name: string; size: string; sha256: string } | undefined
}

const text = (v: FormValues[string]) => (typeof v === 'string' ? v : undefined)

/** 本院→法院: the period's 检察建议 and accepted cases as a workbook for the court. */
export function OutgoingPage(props: OutgoingPageProps) {
  const v = props.values
  const e = props.errors
  const p = props.produced
  const onlyCourt = props.courts.length === 1 ? props.courts[0]!.code : undefined
  return (
    <>
      <a class="back-link" href="/staff/exchange/log">
        返回交换记录
      </a>
      <ErrorSummary errors={e} />
      {p ? (
        <div class="notice" role="status">
          <p>清单已生成，并已记入交换记录。</p>
          <p>
            <a href={`/staff/exchange/log/${p.id}/file`} download>
              下载 {p.name}
            </a>
            （{p.size}）
          </p>
          <p>
            SHA-256：<code>{p.sha256}</code>
          </p>
        </div>
      ) : null}
      <h1>生成本院交换清单</h1>
      <p>
        生成一份 Excel 清单（.xlsx，Excel 和 WPS
        均可打开）交给法院：封面写明本院、期间和负责人；“检察建议”表列出期间内本院提出的检察建议及法院回复情况，“执行监督案件”表列出期间内受理的执行监督案件。清单不含申请人的身份证号码和联系电话。生成后自动记入交换记录（本院→法院）。
      </p>
      <Form action="/staff/exchange/outgoing" csrfToken={props.csrfToken}>
        <DateField name="from" label="开始日期" value={text(v.from)} error={e.from} />
        <DateField
          name="to"
          label="结束日期"
          hint="含当日，不能晚于今天"
          value={text(v.to)}
          error={e.to}
        />
        <SelectField
          name="courtCode"
          label="接收清单的法院"
          options={props.courts.map((c) => ({ value: c.code, label: c.name }))}
          value={text(v.courtCode) ?? onlyCourt}
          error={e.courtCode}
        />
        <TextField
          name="responsible"
          label="负责人"
          hint="写在清单封面上"
          value={text(v.responsible)}
          error={e.responsible}
          maxlength={50}
        />
        <Button>生成清单</Button>
      </Form>
    </>
  )
}
