import type { PetitionDetail } from '../../../../src/collaboration/petitions/petition-view.service.js'
import type { FormErrors, FormValues } from '../../../../src/http/form.js'
import { RadioGroup } from '../../../components/choices.js'
import { ErrorSummary } from '../../../components/error-summary.js'
import { TextArea, TextField } from '../../../components/field.js'
import { Button, Form } from '../../../components/form.js'
import { DoneNotice, Facts, text } from './shared.js'

const DONE = {
  created: '已登记这件信访。',
  handling: '已记录会同法院处理的情况。',
  notified: '已登记书面告知。',
  extended: '已延长办理期限。',
  outcome: '已登记办理结果。',
}

type Refused = { form: string; values: FormValues; errors: FormErrors }
type Props = {
  petition: PetitionDetail
  csrfToken: string
  mayWrite: boolean
  mayConvert: boolean
  done: string | undefined
  refused: Refused | undefined
}

function mine(props: Props, form: string) {
  return props.refused?.form === form
    ? props.refused
    : { values: {} as FormValues, errors: {} as FormErrors }
}

export function PetitionDetailPage(props: Props) {
  const p = props.petition
  const open = !p.outcome
  return (
    <>
      <a class="back-link" href="/staff/petitions">
        返回涉执信访
      </a>
      <ErrorSummary errors={props.refused?.errors ?? {}} />
      <DoneNotice messages={DONE} done={props.done} />
      <h1>涉执信访（{p.receivedOn}）</h1>
      <Facts
        rows={[
          ['信访人', p.petitioner],
          ['手机号码', p.phone],
          ['身份证号码', p.idNumber],
          ['信访渠道', p.channel],
          ['执行法院', p.court],
          ['执行案号', p.courtCaseNumber],
          ['信访诉求', p.complaint],
          ['书面告知', p.notifiedOn],
          [
            '延长办理期限',
            p.extension ? `${p.extension.on} 批准：${p.extension.reason}` : undefined,
          ],
          [
            '期限',
            p.clocks
              .map((k) => `${k.label}：${k.on}${k.overdue ? '（已逾期）' : ''}（${k.basis}）`)
              .join('\n'),
          ],
          [
            '办理结果',
            p.outcome
              ? `${p.outcome.on} ${p.outcome.label}${p.outcome.reasons ? `：${p.outcome.reasons}` : ''}`
              : undefined,
          ],
          [
            '监督申请',
            p.converted
              ? p.converted.trackingCode
                ? `查询码 ${p.converted.trackingCode}`
                : '窗口正在录入，尚未提交'
              : undefined,
          ],
        ]}
      />
      {props.mayWrite && !p.revealed ? (
        <Form action={`/staff/petitions/${p.id}/reveal`} csrfToken={props.csrfToken}>
          <Button variant="secondary">查看完整的信访人信息（将记录查看人）</Button>
        </Form>
      ) : null}
      <h2>会同法院处理</h2>
      {p.handlings.length === 0 ? <p>还没有会同处理的记录。</p> : null}
      {p.handlings.map((h) => (
        <Facts rows={[[h.on, `${h.who}：${h.what}`]]} />
      ))}
      {props.mayConvert && open ? (
        <p>
          <a class="button" href={`/staff/counter?petition=${p.id}`}>
            转为监督申请
          </a>
        </p>
      ) : null}
      {props.mayWrite && open ? <WriteForms {...props} /> : null}
    </>
  )
}

function WriteForms(props: Props) {
  const id = props.petition.id
  const h = mine(props, 'handling')
  const n = mine(props, 'notified')
  const x = mine(props, 'extended')
  const o = mine(props, 'outcome')
  return (
    <>
      <Form action={`/staff/petitions/${id}/handling`} csrfToken={props.csrfToken}>
        <TextField
          name="handledOn"
          label="会同处理日期"
          type="date"
          value={text(h.values.handledOn)}
          error={h.errors.handledOn}
        />
        <TextField
          name="who"
          label="参与处理的单位和人员"
          value={text(h.values.who)}
          error={h.errors.who}
          maxlength={200}
        />
        <TextArea
          name="what"
          label="处理情况"
          rows={3}
          value={text(h.values.what)}
          error={h.errors.what}
          maxlength={2000}
        />
        <Button variant="secondary">记录会同处理</Button>
      </Form>
      {!props.petition.notifiedOn ? (
        <Form action={`/staff/petitions/${id}/notify`} csrfToken={props.csrfToken}>
          <TextField
            name="notifiedOn"
            label="书面告知日期"
            type="date"
            value={text(n.values.notifiedOn)}
            error={n.errors.notifiedOn}
          />
          <Button variant="secondary">登记书面告知</Button>
        </Form>
      ) : null}
      {!props.petition.extension ? (
        <Form action={`/staff/petitions/${id}/extend`} csrfToken={props.csrfToken}>
          <TextField
            name="extendedOn"
            label="批准延长日期"
            type="date"
            value={text(x.values.extendedOn)}
            error={x.errors.extendedOn}
          />
          <TextField
            name="reason"
            label="延长理由"
            hint="延长不超过 30 日，并告知信访人延期理由"
            value={text(x.values.reason)}
            error={x.errors.reason}
            maxlength={500}
          />
          <Button variant="secondary">延长办理期限</Button>
        </Form>
      ) : null}
      <h2>办理结果</h2>
      <Form action={`/staff/petitions/${id}/outcome`} csrfToken={props.csrfToken}>
        <RadioGroup
          name="outcome"
          legend="办理结果"
          hint="需要转为监督申请的，由窗口录入人员点击“转为监督申请”办理"
          options={[
            { value: 'resolved', label: '化解' },
            { value: 'transferred', label: '转办' },
            { value: 'rejected', label: '不予受理' },
          ]}
          value={text(o.values.outcome)}
          error={o.errors.outcome}
        />
        <TextField
          name="outcomeOn"
          label="办结日期"
          type="date"
          value={text(o.values.outcomeOn)}
          error={o.errors.outcomeOn}
        />
        <TextArea
          name="reasons"
          label="理由"
          hint="转办、不予受理的必须填写"
          rows={3}
          value={text(o.values.reasons)}
          error={o.errors.reasons}
          maxlength={2000}
          optional
        />
        <Button>登记办理结果</Button>
      </Form>
    </>
  )
}
