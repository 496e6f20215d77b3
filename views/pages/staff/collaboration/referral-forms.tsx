import type { FormErrors, FormValues } from '../../../../src/http/form.js'
import { RadioGroup } from '../../../components/choices.js'
import { TextArea, TextField } from '../../../components/field.js'
import { Button, Form } from '../../../components/form.js'
import { text } from './shared.js'

type Props = {
  id: string
  csrfToken: string
  refused: { form: string; values: FormValues; errors: FormErrors } | undefined
}

/** The values and errors of this form when it was the one refused; empty otherwise. */
function mine(props: Props, form: string) {
  return props.refused?.form === form
    ? props.refused
    : { values: {} as FormValues, errors: {} as FormErrors }
}

export function AnalysisForm(props: Props) {
  const { values: v, errors: e } = mine(props, 'analysis')
  return (
    <>
      <h2>记录研判</h2>
      <Form action={`/staff/referrals/${props.id}/analysis`} csrfToken={props.csrfToken}>
        <RadioGroup
          name="kind"
          legend="研判方式"
          hint="与法院意见不一致的，提交公检法联合会商，同样在这里记录"
          options={[
            { value: 'court_analysis', label: '与法院联合研判' },
            { value: 'joint_consultation', label: '公检法联合会商' },
          ]}
          value={text(v.kind)}
          error={e.kind}
        />
        <TextField
          name="heldOn"
          label="研判日期"
          type="date"
          value={text(v.heldOn)}
          error={e.heldOn}
        />
        <TextArea
          name="participants"
          label="参加人员"
          rows={2}
          value={text(v.participants)}
          error={e.participants}
          maxlength={1000}
        />
        <TextArea
          name="conclusion"
          label="研判结论"
          rows={3}
          value={text(v.conclusion)}
          error={e.conclusion}
          maxlength={2000}
        />
        <TextArea
          name="disagreements"
          label="分歧意见"
          rows={2}
          value={text(v.disagreements)}
          error={e.disagreements}
          maxlength={2000}
          optional
        />
        <Button>记录研判</Button>
      </Form>
    </>
  )
}

export function SendForm(props: Props) {
  const { values: v, errors: e } = mine(props, 'sent')
  return (
    <>
      <h2>移送公安机关</h2>
      <Form action={`/staff/referrals/${props.id}/send`} csrfToken={props.csrfToken}>
        <TextField
          name="policeOrgan"
          label="移送的公安机关"
          hint="例如：平顶山市公安局卫东分局"
          value={text(v.policeOrgan)}
          error={e.policeOrgan}
          maxlength={100}
        />
        <TextField
          name="sentOn"
          label="移送日期"
          type="date"
          value={text(v.sentOn)}
          error={e.sentOn}
        />
        <TextArea
          name="evidence"
          label="证据材料清单"
          hint="每行一项，可写“名称：说明”，例如“银行流水：2024年3月至6月”"
          rows={5}
          value={text(v.evidence)}
          error={e.evidence}
          maxlength={4000}
        />
        <Button>移送并生成移送函</Button>
      </Form>
    </>
  )
}

export function AnswerForm(props: Props) {
  const { values: v, errors: e } = mine(props, 'answer')
  return (
    <>
      <h2>登记公安机关的答复</h2>
      <Form action={`/staff/referrals/${props.id}/answer`} csrfToken={props.csrfToken}>
        <RadioGroup
          name="answer"
          legend="答复"
          options={[
            { value: 'accepted', label: '受案' },
            { value: 'complex', label: '受案，告知案情复杂、延长审查期限' },
            { value: 'filed', label: '立案' },
            { value: 'not_filed', label: '不立案' },
          ]}
          value={text(v.answer)}
          error={e.answer}
        />
        <TextField
          name="answeredOn"
          label="答复日期"
          type="date"
          value={text(v.answeredOn)}
          error={e.answeredOn}
        />
        <TextArea
          name="reasons"
          label="不立案理由"
          hint="不立案的必须填写"
          rows={3}
          value={text(v.reasons)}
          error={e.reasons}
          maxlength={2000}
          optional
        />
        <Button>登记答复</Button>
      </Form>
    </>
  )
}

export function SupervisionForm(props: Props) {
  const { values: v, errors: e } = mine(props, 'supervision')
  return (
    <>
      <h2>立案监督</h2>
      <Form action={`/staff/referrals/${props.id}/supervision`} csrfToken={props.csrfToken}>
        <TextField
          name="requestedOn"
          label="发出要求的日期"
          type="date"
          hint="要求公安机关说明不立案理由的日期"
          value={text(v.requestedOn)}
          error={e.requestedOn}
        />
        <Button variant="warning">要求说明不立案理由</Button>
      </Form>
    </>
  )
}

export function SupervisionAnswerForm(props: Props) {
  const { values: v, errors: e } = mine(props, 'explained')
  return (
    <>
      <h2>公安机关的说明</h2>
      <Form action={`/staff/referrals/${props.id}/supervision-answer`} csrfToken={props.csrfToken}>
        <TextField
          name="answeredOn"
          label="收到说明的日期"
          type="date"
          value={text(v.answeredOn)}
          error={e.answeredOn}
        />
        <TextArea
          name="answer"
          label="公安机关的说明"
          rows={3}
          value={text(v.answer)}
          error={e.answer}
          maxlength={2000}
        />
        <Button>登记说明</Button>
      </Form>
    </>
  )
}
