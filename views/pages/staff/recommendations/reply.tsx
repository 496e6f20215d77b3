import type { RecommendationDetail } from '../../../../src/recommendations/detail-view.service.js'
import { CheckboxGroup, RadioGroup } from '../../../components/choices.js'
import { TextArea, TextField } from '../../../components/field.js'
import { FileField } from '../../../components/file-field.js'
import { Button, Form } from '../../../components/form.js'
import { formState, type RecommendationPageProps } from './detail.js'

type Reply = NonNullable<RecommendationDetail['reply']>

/** The court's 回复意见函 as recorded, with the audited download of the letter. */
export function ReplyFacts(props: { reply: Reply; id: string; mayDownload: boolean }) {
  const r = props.reply
  const rows: [string, string | undefined][] = [
    ['收到日期', r.receivedOn],
    ['回复意见函文号', r.letterNumber],
    ['处理结果', r.outcome],
    ['法院采取的措施', r.measures],
    ['措施说明', r.measuresNote],
    ['发放执行款', r.amountPaid],
    ['法院说明的理由', r.courtReasons],
    ['理由是否成立', r.reasonsAccepted],
    ['承诺完成措施的日期', r.promisedBy],
    ['措施完成日期', r.measuresDoneOn],
  ]
  return (
    <section aria-labelledby="reply-heading">
      <h2 id="reply-heading">法院回复</h2>
      <dl class="summary-list">
        {rows
          .filter(([, v]) => v)
          .map(([label, value]) => (
            <div>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        <div>
          <dt>回复意见函</dt>
          <dd>
            {props.mayDownload ? (
              <a href={`/staff/recommendations/${props.id}/reply/file`}>{r.file.name}</a>
            ) : (
              r.file.name
            )}
            （{r.file.size}）
            <br />
            <span class="hint">SHA-256：{r.file.sha256}</span>
          </dd>
        </div>
      </dl>
    </section>
  )
}

const MEASURES = [
  { value: 'resume_execution', label: '恢复执行' },
  { value: 'revoke_termination', label: '撤销终结本次执行程序裁定' },
  { value: 'release_seizure', label: '解除查封、扣押、冻结' },
  { value: 'pay_out', label: '发放执行款' },
  { value: 'other', label: '其他措施' },
]

/** The court's reply, entered with its letter (两高规定 第十三条: reasons required when not adopted). */
export function ReplyForm(props: RecommendationPageProps) {
  const { text, errors } = formState(props, 'reply')
  const measures = props.form?.name === 'reply' ? props.form.values.measures : undefined
  return (
    <section aria-labelledby="reply-form-heading">
      <h2 id="reply-form-heading">登记法院回复</h2>
      <Form
        action={`/staff/recommendations/${props.detail.id}/reply`}
        csrfToken={props.csrfToken}
        multipart
      >
        <input type="hidden" name="version" value={String(props.detail.version)} />
        <TextField
          name="receivedOn"
          label="收到回复意见函的日期"
          type="date"
          value={text('receivedOn')}
          error={errors.receivedOn}
        />
        <TextField
          name="letterNumber"
          label="回复意见函的文号"
          value={text('letterNumber')}
          error={errors.letterNumber}
          maxlength={100}
        />
        <RadioGroup
          name="outcome"
          legend="处理结果"
          options={[
            { value: 'adopted', label: '采纳' },
            { value: 'partly_adopted', label: '部分采纳' },
            { value: 'not_adopted', label: '不采纳' },
          ]}
          value={text('outcome')}
          error={errors.outcome}
        />
        <CheckboxGroup
          name="measures"
          legend="法院采取或者承诺采取的措施"
          options={MEASURES}
          values={typeof measures === 'string' ? [measures] : measures}
          error={errors.measures}
          optional
        />
        <TextArea
          name="measuresNote"
          label="措施的说明"
          value={text('measuresNote')}
          error={errors.measuresNote}
          rows={3}
          optional
        />
        <TextField
          name="amountPaid"
          label="因此发放的执行款（元）"
          value={text('amountPaid')}
          error={errors.amountPaid}
          inputmode="numeric"
          short
          optional
        />
        <TextField
          name="promisedBy"
          label="法院承诺完成措施的日期"
          type="date"
          hint="法院承诺在某日前完成措施的填写；到期未完成的列入跟进监督清单"
          value={text('promisedBy')}
          error={errors.promisedBy}
          optional
        />
        <TextArea
          name="courtReasons"
          label="法院说明的理由"
          hint="部分采纳或者不采纳的，摘录回复意见函中的理由"
          value={text('courtReasons')}
          error={errors.courtReasons}
          rows={4}
          optional
        />
        <RadioGroup
          name="reasonsAccepted"
          legend="未全部采纳的理由是否成立"
          hint="部分采纳或者不采纳的选择；理由不成立的，列入跟进监督清单"
          options={[
            { value: 'yes', label: '理由成立' },
            { value: 'no', label: '理由不成立' },
          ]}
          value={text('reasonsAccepted')}
          error={errors.reasonsAccepted}
          optional
        />
        <FileField
          name="file"
          label="回复意见函"
          hint="PDF、JPG 或 PNG，不超过 20 MB"
          error={errors.file}
        />
        <Button>登记法院回复</Button>
      </Form>
    </section>
  )
}
