import { RadioGroup } from '../../../components/choices.js'
import { TextArea } from '../../../components/field.js'
import { Button, Form } from '../../../components/form.js'
import { formState, type RecommendationPageProps } from './detail.js'

/**
 * 跟进监督 (两高规定 第十四条; 规则 第一百二十四条): why this 检察建议 calls for it, the steps taken with
 * their own due dates, and the options for those who may take one.
 */
export function FollowUpSection(props: RecommendationPageProps) {
  const d = props.detail
  if (!d.followUpGround && d.followUps.length === 0) return null
  return (
    <section aria-labelledby="follow-up-heading">
      <h2 id="follow-up-heading">跟进监督</h2>
      {d.followUpGround ? (
        <p>
          <span class="tag tag--warning">需要跟进监督</span> {d.followUpGround}
        </p>
      ) : null}
      {d.followUps.length > 0 ? (
        <ol>
          {d.followUps.map((f) => (
            <li>
              {f.takenOn} {f.kind}（{f.ground}，{f.by}）
              {f.number ? (
                <>
                  ，
                  <a href={`/staff/recommendations/${d.id}/follow-up/${f.id}/file`}>
                    提请跟进监督通知书（{f.number}）
                  </a>
                </>
              ) : null}
              {f.newRecommendationId ? (
                <>
                  ，<a href={`/staff/recommendations/${f.newRecommendationId}`}>新的检察建议稿</a>
                </>
              ) : null}
              {f.due ? <span class="hint">；期限 {f.due}</span> : null}
              {f.note ? <span class="hint">；{f.note}</span> : null}
            </li>
          ))}
        </ol>
      ) : null}
      {d.followUpGround && props.mayWork ? <FollowUpForm {...props} /> : null}
    </section>
  )
}

function FollowUpForm(props: RecommendationPageProps) {
  const { text, errors } = formState(props, 'followUp')
  return (
    <Form
      action={`/staff/recommendations/${props.detail.id}/follow-up`}
      csrfToken={props.csrfToken}
    >
      <input type="hidden" name="version" value={String(props.detail.version)} />
      <RadioGroup
        name="kind"
        legend="跟进监督的方式"
        options={[
          {
            value: 'urge_reply',
            label: '发督促回复函',
            hint: `法院的回复期限为 ${props.detail.urgePeriod}，可由管理员调整`,
          },
          {
            value: 'escalate',
            label: '提请上一级人民检察院跟进监督',
            hint: '须由院领导决定；生成编号的提请跟进监督通知书',
          },
          {
            value: 'new_recommendation',
            label: '重新提出检察建议',
            hint: '以原检察建议为底稿起草，经院领导审批',
          },
        ]}
        value={text('kind')}
        error={errors.kind}
      />
      <TextArea
        name="note"
        label="说明"
        value={text('note')}
        error={errors.note}
        rows={3}
        optional
      />
      <Button>记录跟进监督措施</Button>
    </Form>
  )
}
