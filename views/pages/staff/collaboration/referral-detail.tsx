import type { ReferralDetail } from '../../../../src/collaboration/referrals/referral-view.service.js'
import type { FormErrors, FormValues } from '../../../../src/http/form.js'
import { ErrorSummary } from '../../../components/error-summary.js'
import { DoneNotice, Facts } from './shared.js'
import {
  AnalysisForm,
  AnswerForm,
  SendForm,
  SupervisionAnswerForm,
  SupervisionForm,
} from './referral-forms.js'

const DONE = {
  created: '已登记这条线索。',
  analysis: '已记录研判情况。',
  sent: '已移送公安机关，移送函已编号。',
  answer: '已登记公安机关的答复。',
  supervision: '已记录要求公安机关说明不立案理由。',
  explained: '已登记公安机关的说明。',
}

export type Refused = { form: string; values: FormValues; errors: FormErrors }

export function ReferralDetailPage(props: {
  referral: ReferralDetail
  csrfToken: string
  mayWrite: boolean
  done: string | undefined
  refused: Refused | undefined
}) {
  const r = props.referral
  const due = r.clock.due
  const formProps = { id: r.id, csrfToken: props.csrfToken, refused: props.refused }
  return (
    <>
      <a class="back-link" href="/staff/referrals">
        返回犯罪线索
      </a>
      <ErrorSummary errors={props.refused?.errors ?? {}} />
      <DoneNotice messages={DONE} done={props.done} />
      <h1>涉嫌{r.crime.label}线索</h1>
      {r.clock.supervisionPrompt ? (
        <div class="notice" role="alert">
          <p>
            {r.clock.supervisionPrompt}。可以依照{r.supervisionBasis}
            ，要求公安机关说明不立案的理由。
          </p>
        </div>
      ) : null}
      <Facts
        rows={[
          ['罪名', `${r.crime.label}（${r.crime.article}）`],
          ['涉嫌人', r.suspect],
          ['执行案号', r.courtCaseNumber],
          ['发现线索的单位', r.foundBy],
          ['线索事实', r.facts],
          ['进展', r.clock.stage],
          [
            '期限',
            due
              ? `${due.label}：${due.on}${due.overdue ? '（已逾期）' : ''}。依据：${due.basis}${due.verified ? '' : '；该期限未能核实原文，可由管理员调整'}`
              : undefined,
          ],
          [
            '移送',
            r.sent ? `${r.sent.on} 移送${r.sent.policeOrgan}，移送函 ${r.sent.number}` : undefined,
          ],
          [
            '证据材料',
            r.sent?.evidence
              .map((e, i) => `${i + 1}. ${e.name}${e.note ? `：${e.note}` : ''}`)
              .join('\n'),
          ],
          [
            '公安机关受案',
            r.acceptedOn
              ? `${r.acceptedOn}${r.complex ? '（案情复杂，延长审查期限）' : ''}`
              : undefined,
          ],
          [
            '公安机关决定',
            r.decision
              ? `${r.decision.on} ${r.decision.label}${r.decision.reasons ? `：${r.decision.reasons}` : ''}`
              : undefined,
          ],
          [
            '立案监督',
            r.supervision
              ? `${r.supervision.requestedOn} 要求说明不立案理由${r.supervision.answerOn ? `；${r.supervision.answerOn} 收到说明：${r.supervision.answer}` : ''}`
              : undefined,
          ],
        ]}
      />
      {r.sent && props.mayWrite ? (
        <p>
          <a href={`/staff/referrals/${r.id}/letter.pdf`}>下载移送函（PDF）</a>
        </p>
      ) : null}
      <h2>联合研判</h2>
      {r.consultations.length === 0 ? <p>还没有研判记录。</p> : null}
      {r.consultations.map((c) => (
        <Facts
          rows={[
            ['方式', `${c.heldOn} ${c.kind}`],
            ['参加人员', c.participants],
            ['研判结论', c.conclusion],
            ['分歧意见', c.disagreements],
          ]}
        />
      ))}
      {props.mayWrite ? (
        <>
          <AnalysisForm {...formProps} />
          {!r.sent ? <SendForm {...formProps} /> : null}
          {r.sent && !r.decision && !r.supervision ? <AnswerForm {...formProps} /> : null}
          {r.clock.supervisionPrompt ? <SupervisionForm {...formProps} /> : null}
          {r.supervision && !r.supervision.answerOn ? (
            <SupervisionAnswerForm {...formProps} />
          ) : null}
        </>
      ) : null}
    </>
  )
}
