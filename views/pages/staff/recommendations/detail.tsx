import type { FormErrors, FormValues } from '../../../../src/http/form.js'
import type { RecommendationDetail } from '../../../../src/recommendations/detail-view.service.js'
import { RadioGroup } from '../../../components/choices.js'
import { FollowUpSection } from './follow-up.js'
import { MeasuresSection } from './measures.js'
import { ReplyFacts, ReplyForm } from './reply.js'
import { ExtensionFacts, ExtensionForm, ServiceForm } from './delivery.js'
import { ErrorSummary } from '../../../components/error-summary.js'
import { TextArea } from '../../../components/field.js'
import { Button, Form } from '../../../components/form.js'

export type RecommendationFormName =
  'decide' | 'service' | 'extension' | 'reply' | 'measureDone' | 'followUp'

export type RecommendationPageProps = {
  csrfToken: string
  detail: RecommendationDetail
  mayDecide: boolean
  mayWork: boolean
  /** the form being corrected, with what was typed */
  form?: { name: RecommendationFormName; values: FormValues; errors: FormErrors }
  done: string | undefined
}

const DONE: Record<string, string> = {
  drafted: '检察建议稿已保存，等待院领导审批。',
  backfilled: '已补录这份检察建议。',
  decide: '已记录院领导的审批。',
  service: '已登记送达，法院回复期限自送达之日起计算。',
  extension: '已登记法院延长回复期限。',
  reply: '已登记法院的回复意见函。',
  measureDone: '已登记措施的落实情况。',
  followUp: '已记录跟进监督措施。',
}

/** One 检察建议: its facts, cases and clocks, and the next step for those who may take it. */
export function RecommendationPage(props: RecommendationPageProps) {
  const d = props.detail
  return (
    <>
      <a class="back-link" href="/staff/recommendations">
        返回检察建议台账
      </a>
      <ErrorSummary errors={props.form?.errors ?? {}} />
      {props.done && DONE[props.done] ? (
        <div class="notice" role="status">
          <p>{DONE[props.done]}</p>
        </div>
      ) : null}
      <h1>{d.number ? `检察建议 ${d.number}` : '检察建议稿（未编号）'}</h1>
      <Facts detail={d} />
      <h2>所涉案件</h2>
      <ol>
        {d.cases.map((c) => (
          <li>
            {c.application_id ? (
              <a href={`/staff/applications/${c.application_id}`}>{c.case_number}</a>
            ) : (
              c.case_number
            )}
          </li>
        ))}
      </ol>
      <h2>审查认定的违法情形</h2>
      <p class="preserve-lines">{d.violations}</p>
      <h2>检察建议的内容</h2>
      <p class="preserve-lines">{d.recommendation}</p>
      <h2>法律依据</h2>
      <p class="preserve-lines">{d.legal_basis}</p>
      {d.status === 'drafted' && props.mayDecide ? <DecideForm {...props} /> : null}
      {d.status === 'awaiting_service' && props.mayWork ? <ServiceForm {...props} /> : null}
      {d.extension_letter ? <ExtensionFacts detail={d} mayDownload={props.mayWork} /> : null}
      {d.reply ? <ReplyFacts reply={d.reply} id={d.id} mayDownload={props.mayWork} /> : null}
      <MeasuresSection {...props} />
      <FollowUpSection {...props} />
      {d.status === 'awaiting_reply' && props.mayWork ? <ReplyForm {...props} /> : null}
      {d.status === 'awaiting_reply' && props.mayWork && !d.extended_on ? (
        <ExtensionForm {...props} />
      ) : null}
    </>
  )
}

function Facts(props: { detail: RecommendationDetail }) {
  const d = props.detail
  const rows: [string, string | undefined][] = [
    ['类别', d.kindLabel],
    ['来源', d.backfilled ? '补录（系统上线前提出）' : undefined],
    ['被建议单位', d.addressee],
    ['状态', d.statusLabel],
    ['期限', d.clock?.text],
    ['决定日期', d.decided_on ?? undefined],
    ['移送法院期限（决定之日起十五日）', d.transfer_due ?? undefined],
    ['法院收到日期', d.served_on ? `${d.served_on}（${d.serviceMethodLabel}）` : undefined],
    ['法院回复期限', d.reply_due ? `${d.reply_due}（${d.reply_due_explanation}）` : undefined],
    [d.backfilled ? '补录人' : '起草人', d.drafted_by_name],
    ['审批人', d.decided_by_name ?? undefined],
    ['退回意见', d.return_comment ?? undefined],
  ]
  return (
    <dl class="summary-list">
      {rows
        .filter(([, value]) => value)
        .map(([label, value]) => (
          <div>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  )
}

export function formState(props: RecommendationPageProps, name: RecommendationFormName) {
  const f = props.form?.name === name ? props.form : undefined
  const text = (k: string) => {
    const v = f?.values[k]
    return typeof v === 'string' ? v : undefined
  }
  return { text, errors: f?.errors ?? {} }
}

function DecideForm(props: RecommendationPageProps) {
  const { text, errors } = formState(props, 'decide')
  return (
    <section aria-labelledby="decide-heading">
      <h2 id="decide-heading">院领导审批</h2>
      <Form action={`/staff/recommendations/${props.detail.id}/decide`} csrfToken={props.csrfToken}>
        <input type="hidden" name="version" value={String(props.detail.version)} />
        <RadioGroup
          name="decision"
          legend="审批意见"
          options={[
            { value: 'approve', label: '批准提出检察建议（同时编号）' },
            { value: 'return', label: '退回修改' },
          ]}
          value={text('decision')}
          error={errors.decision}
        />
        <TextArea
          name="comment"
          label="退回意见"
          hint="退回修改的，写明需要修改的地方"
          value={text('comment')}
          error={errors.comment}
          rows={3}
          optional
        />
        <Button>提交审批意见</Button>
      </Form>
    </section>
  )
}
