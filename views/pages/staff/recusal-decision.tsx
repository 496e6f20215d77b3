import type { FormValues } from '../../../src/http/form.js'
import { RadioGroup } from '../../components/choices.js'
import { TextArea } from '../../components/field.js'
import { ActionFrame, type ActionFormProps } from './review-action.js'

const str = (v: FormValues[string]) => (typeof v === 'string' ? v : undefined)

/** The request the page decides: a first decision, or the 复议 of a refusal. */
export type WaitingRecusal = {
  id: string
  phase: 'decision' | 'review'
  person: string
  reason: string
  requestedAt: string
  /** the day the decision is due (规则 第十七条: three days) */
  decideBy: string
  refusal?: { decidedAt: string; reasons: string; reviewReason: string }
}

/**
 * 回避决定 (规则 第十六条、第十七条): the 检察长 decides, the 检察委员会 when the request concerns the
 * 检察长; the reasons are shown to the applicant.
 */
export function RecusalDecisionPage(props: ActionFormProps & { waiting?: WaitingRecusal }) {
  const w = props.waiting
  const review = w?.phase === 'review'
  return (
    <ActionFrame
      {...props}
      title={review ? '回避复议决定' : '回避决定'}
      action="decide_recusal"
      submit={review ? '作出复议决定' : '作出回避决定'}
      lead={
        w ? (
          <>
            <p>
              {w.requestedAt} 申请人申请 <strong>{w.person}</strong> 回避。理由：{w.reason}
            </p>
            {w.refusal ? (
              <p>
                本院已于 {w.refusal.decidedAt} 驳回（理由：{w.refusal.reasons}），申请人申请复议：
                {w.refusal.reviewReason}。复议期间，被申请回避的人员不停止参与本案工作。
              </p>
            ) : (
              <p>决定前，被申请回避的人员暂停参与本案工作，但案件需要采取紧急措施的除外。</p>
            )}
            <p>
              应于 {w.decideBy} 前作出{review ? '复议' : ''}
              决定并通知申请人（《人民检察院民事诉讼监督规则》第十六条、第十七条：检察人员和其他人员的回避由检察长决定，检察长的回避由检察委员会讨论决定）。
            </p>
          </>
        ) : (
          <p>本案目前没有待决定的回避申请或复议申请。</p>
        )
      }
    >
      <input type="hidden" name="recusalId" value={w?.id ?? ''} />
      <RadioGroup
        name="outcome"
        legend={review ? '复议决定' : '是否回避'}
        options={[
          { value: 'recused', label: review ? '撤销原决定，准许回避' : '准许回避' },
          { value: 'declined', label: review ? '维持驳回的决定' : '驳回回避申请' },
        ]}
        value={str(props.values.outcome)}
        error={props.errors.outcome}
      />
      <RadioGroup
        name="body"
        legend="作出决定的是"
        options={[
          { value: 'chief', label: '检察长' },
          { value: 'committee', label: '检察委员会（申请检察长回避的）' },
        ]}
        value={str(props.values.body)}
        error={props.errors.body}
      />
      <TextArea
        name="reasons"
        label="决定的理由"
        hint="至少 5 个字，申请人会在办理进度页面看到"
        rows={5}
        value={str(props.values.reasons)}
        error={props.errors.reasons}
      />
    </ActionFrame>
  )
}
