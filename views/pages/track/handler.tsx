import { cite, citeAll } from '../../../src/kernel/legal-bases.js'
import { RadioGroup } from '../../components/choices.js'
import { TextArea, TextField } from '../../components/field.js'
import { Button, Form } from '../../components/form.js'

/**
 * 承办检察官 with the 法律职务 (规则 第四十五条) and the right to ask for recusal: 第十二条 (any
 * 检察人员, also 书记员、翻译人员、鉴定人、勘验人), 第十四条 (before the decision; the person stands aside
 * meanwhile), 第十六条 (the 检察长 decides), 第十七条 (decided within 3 days, one 复议).
 */
export function HandlerSection(props: {
  handler?: { name: string; title: string } | undefined
  recusal: { canRequest: boolean; canRequestReview: boolean }
  csrfToken: string
}) {
  const h = props.handler
  return (
    <section aria-labelledby="handler-title">
      <h2 id="handler-title">办理案件的检察人员</h2>
      {h ? (
        <p>
          承办检察官：<strong>{h.name}</strong>（法律职务：{h.title}）。
        </p>
      ) : (
        <p>本院正在确定承办检察官，确定后会在这里告知姓名和法律职务。</p>
      )}
      <p class="hint">依照{cite('rules45')}，本院告知您办理案件的检察人员的姓名、法律职务。</p>
      {props.recusal.canRequest ? <RecusalForm handler={h} csrfToken={props.csrfToken} /> : null}
      {props.recusal.canRequestReview ? <ReviewForm csrfToken={props.csrfToken} /> : null}
    </section>
  )
}

function RecusalForm(props: { handler?: { name: string } | undefined; csrfToken: string }) {
  const options = [
    ...(props.handler ? [{ value: 'handler', label: `承办检察官 ${props.handler.name}` }] : []),
    {
      value: 'other',
      label: '其他人员',
      hint: '其他检察人员，或者书记员、检察官助理、翻译人员、鉴定人、勘验人等，请写明姓名和身份',
    },
  ]
  return (
    <details>
      <summary>申请回避</summary>
      <p>
        您认为检察人员，或者书记员、翻译人员、鉴定人、勘验人等与本案有利害关系或者有其他关系，可能影响公正办理的，可以在本院作出决定前申请回避，并说明理由。被申请回避的人员在本院作出是否回避的决定前，暂停参与本案工作。检察人员和其他人员的回避由检察长决定，检察长的回避由检察委员会决定。本院在三日内作出决定并通知您；您对决定不服的，可以在接到决定时申请复议一次（
        {citeAll(['rules12', 'rules14', 'rules16', 'rules17'])}）。
      </p>
      <Form action="/track/recusal" csrfToken={props.csrfToken}>
        <RadioGroup name="target" legend="申请哪一位人员回避" options={options} />
        <TextField name="personName" label="其他人员的姓名" optional />
        <TextField name="personRole" label="其他人员的身份" hint="例如：书记员、鉴定人" optional />
        <TextArea name="reason" label="申请回避的理由" rows={4} maxlength={2000} />
        <Button variant="secondary">提交回避申请</Button>
      </Form>
    </details>
  )
}

function ReviewForm(props: { csrfToken: string }) {
  return (
    <div class="panel">
      <h3>对回避决定申请复议</h3>
      <p>
        本院驳回了您的回避申请（决定和理由见上面的办理记录）。您不服的，可以在接到决定时向本院申请复议一次，期限见决定中写明的日期；本院在三日内作出复议决定。复议期间，被申请回避的人员不停止参与本案工作（
        {cite('rules17')}）。
      </p>
      <Form action="/track/recusal/review" csrfToken={props.csrfToken}>
        <TextArea name="reason" label="申请复议的理由" rows={4} maxlength={2000} />
        <Button variant="secondary">申请复议</Button>
      </Form>
    </div>
  )
}
