import type { FormErrors, FormValues } from '../../../../src/http/form.js'
import type { Option } from '../../../components/field.js'
import { CheckboxGroup, RadioGroup } from '../../../components/choices.js'
import { ErrorSummary } from '../../../components/error-summary.js'
import { TextArea, TextField } from '../../../components/field.js'
import { FileField } from '../../../components/file-field.js'
import { Button, Form } from '../../../components/form.js'
import { list, text } from './shared.js'

const KINDS = [
  { value: 'chiefs', label: '法检“两长”联席会' },
  { value: 'info_exchange', label: '民事执行与检察监督信息交换联席会' },
  { value: 'city_consult', label: '市院–中院会商（上下联动）' },
  { value: 'other', label: '其他会商' },
]

/** The meeting form: what was met about, who came, what was agreed, and the 纪要. */
export function MeetingNewPage(props: {
  csrfToken: string
  exchanges: Option[]
  values: FormValues
  errors: FormErrors
}) {
  const v = props.values
  const e = props.errors
  return (
    <>
      <a class="back-link" href="/staff/meetings">
        返回联席会议
      </a>
      <ErrorSummary errors={e} />
      <h1>登记会议</h1>
      <Form action="/staff/meetings/new" csrfToken={props.csrfToken} multipart>
        <RadioGroup
          name="kind"
          legend="会议类型"
          options={KINDS}
          value={text(v.kind)}
          error={e.kind}
        />
        <TextField
          name="heldOn"
          label="会议日期"
          type="date"
          hint="例如 2026-03-15，不能晚于今天"
          value={text(v.heldOn)}
          error={e.heldOn}
        />
        <TextField
          name="place"
          label="会议地点"
          value={text(v.place)}
          error={e.place}
          maxlength={100}
        />
        <TextField
          name="chair"
          label="主持人"
          value={text(v.chair)}
          error={e.chair}
          maxlength={50}
        />
        <TextArea
          name="participants"
          label="参会人员"
          hint="每个单位一行，格式为“单位：人员”，例如“卫东区人民法院：王某某、李某某”"
          rows={4}
          value={text(v.participants)}
          error={e.participants}
          maxlength={2000}
        />
        <TextArea
          name="agenda"
          label="会议议题"
          rows={4}
          value={text(v.agenda)}
          error={e.agenda}
          maxlength={2000}
        />
        <TextArea
          name="decisions"
          label="议定事项"
          rows={4}
          value={text(v.decisions)}
          error={e.decisions}
          maxlength={4000}
          optional
        />
        <TextArea
          name="caseCodes"
          label="涉及案件"
          hint="填写申请的查询码，多个用空格或换行分隔"
          rows={2}
          value={text(v.caseCodes)}
          error={e.caseCodes}
          maxlength={1000}
          optional
        />
        <TextField
          name="recommendationRefs"
          label="涉及的检察建议"
          hint="填写检察建议书文号，多个用顿号分隔"
          value={text(v.recommendationRefs)}
          error={e.recommendationRefs}
          maxlength={500}
          optional
        />
        {props.exchanges.length ? (
          <CheckboxGroup
            name="exchangeIds"
            legend="会上进行的信息交换"
            hint="最近 30 次交换记录"
            options={props.exchanges}
            values={list(v.exchangeIds)}
            error={e.exchangeIds}
            optional
          />
        ) : null}
        <FileField
          name="minutes"
          label="会议纪要"
          hint="PDF、JPG 或 PNG，不超过 20 MB"
          error={e.minutes}
          optional
        />
        <Button>登记</Button>
      </Form>
    </>
  )
}
