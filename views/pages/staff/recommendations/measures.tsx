import type { MeasuresView } from '../../../../src/recommendations/measures-view.js'
import { RadioGroup } from '../../../components/choices.js'
import { TextArea, TextField } from '../../../components/field.js'
import { FileField } from '../../../components/file-field.js'
import { Button, Form } from '../../../components/form.js'
import { formState, type RecommendationPageProps } from './detail.js'

const VERIFICATIONS = [
  { value: 'case_file', label: '查阅法院执行卷宗' },
  { value: 'court_documents', label: '调取法院作出的裁定、决定或者支付凭证' },
  { value: 'party_contact', label: '向申请执行人或者被执行人核实' },
  { value: 'on_site', label: '现场核查' },
]

/**
 * 整改落实: each measure the court's reply promised, whether it was carried out, how the
 * procuratorate verified it and by whom, with the evidence; the form records the next one.
 */
export function MeasuresSection(props: RecommendationPageProps) {
  const d = props.detail
  const m = d.measures
  if (!m) return null
  return (
    <section aria-labelledby="measures-heading">
      <h2 id="measures-heading">整改落实</h2>
      {m.completeOn ? (
        <p>
          <span class="tag">已全部落实</span> 法院回复中的措施已于 {m.completeOn} 全部落实。
        </p>
      ) : (
        <p>法院回复中承诺的措施逐项登记落实情况；全部落实后，本建议计入“已落实”。</p>
      )}
      {m.done.map((x) => (
        <DoneFacts done={x} id={d.id} mayDownload={props.mayWork} />
      ))}
      {props.mayWork && m.open.length > 0 ? <MeasureForm {...props} measures={m} /> : null}
    </section>
  )
}

function DoneFacts(props: {
  done: MeasuresView['done'][number]
  id: string
  mayDownload: boolean
}) {
  const x = props.done
  const rows: [string, string | undefined][] = [
    ['落实日期', x.doneOn],
    ['法院文书或者凭证', x.courtDocument],
    ['发放金额', x.amountPaid],
    ['核实方式', x.verification],
    ['核实情况', x.note],
    ['核实', `${x.verifiedOn}，${x.verifiedBy}`],
  ]
  return (
    <>
      <h3>{x.measure}</h3>
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
          <dt>落实材料</dt>
          <dd>
            <ul>
              {x.files.map((f) => (
                <li>
                  {props.mayDownload ? (
                    <a href={`/staff/recommendations/${props.id}/evidence/${f.id}`}>{f.name}</a>
                  ) : (
                    f.name
                  )}
                  （{f.size}）<span class="hint">SHA-256：{f.sha256}</span>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
    </>
  )
}

function MeasureForm(props: RecommendationPageProps & { measures: MeasuresView }) {
  const { text, errors } = formState(props, 'measureDone')
  return (
    <Form
      action={`/staff/recommendations/${props.detail.id}/measures`}
      csrfToken={props.csrfToken}
      multipart
    >
      <h3>登记一项措施的落实情况</h3>
      <input type="hidden" name="version" value={String(props.detail.version)} />
      <RadioGroup
        name="measure"
        legend="落实的措施"
        options={props.measures.open}
        value={text('measure')}
        error={errors.measure}
      />
      <TextField
        name="doneOn"
        label="法院落实措施的日期"
        type="date"
        value={text('doneOn')}
        error={errors.doneOn}
      />
      <TextField
        name="courtDocument"
        label="法院落实措施的文书或者凭证"
        hint="例如恢复执行裁定书的案号、执行款支付凭证的编号"
        value={text('courtDocument')}
        error={errors.courtDocument}
        maxlength={200}
        optional
      />
      <TextField
        name="amountPaid"
        label="发放的执行款（元）"
        hint="只在“发放执行款”时填写"
        value={text('amountPaid')}
        error={errors.amountPaid}
        inputmode="numeric"
        short
        optional
      />
      <RadioGroup
        name="verification"
        legend="本院核实的方式"
        options={VERIFICATIONS}
        value={text('verification')}
        error={errors.verification}
      />
      <TextArea
        name="verificationNote"
        label="核实情况"
        value={text('verificationNote')}
        error={errors.verificationNote}
        rows={3}
        optional
      />
      <TextField
        name="verifiedOn"
        label="本院核实的日期"
        type="date"
        hint="核实人记为登记人"
        value={text('verifiedOn')}
        error={errors.verifiedOn}
      />
      <FileField
        name="evidence"
        label="落实材料"
        hint="PDF、JPG 或 PNG，每份不超过 20 MB，最多 5 份"
        error={errors.evidence}
        multiple
      />
      <Button>登记落实情况</Button>
    </Form>
  )
}
