import type { FormErrors, FormValues } from '../../../../src/http/form.js'
import type { LeadDetailView } from '../../../../src/leads/lead-view.service.js'
import { RadioGroup } from '../../../components/choices.js'
import { ErrorSummary } from '../../../components/error-summary.js'
import { SelectField, TextArea } from '../../../components/field.js'
import { Button, Form } from '../../../components/form.js'

export type LeadDetailProps = {
  csrfToken: string
  lead: LeadDetailView
  mayDecide: boolean
  reasons: { value: string; label: string }[]
  exCase?: { id: string; number: string; stage: string } | undefined
  inquiries: { id: string; number: string; issuedOn: string; replyDue: string }[]
  /** the admin's reply period for a 说明案件执行情况通知书, in days */
  inquiryDays: number
  values: FormValues
  errors: FormErrors
  notice?: string | undefined
}

/** One lead: the court case, every raised rule with its evidence and basis, and the 初筛 form. */
export function LeadDetailPage(p: LeadDetailProps) {
  const l = p.lead
  const str = (k: string) => (typeof p.values[k] === 'string' ? (p.values[k] as string) : undefined)
  return (
    <>
      <ErrorSummary errors={p.errors} />
      {p.notice ? (
        <div class="notice" role="status">
          <p>{p.notice}</p>
        </div>
      ) : null}
      <p>
        <a href="/staff/leads">返回线索列表</a>
      </p>
      <h1>线索：{l.caseNo}</h1>
      <dl class="summary-list">
        <dt>状态</dt>
        <dd>{l.statusLabel}</dd>
        <dt>法院</dt>
        <dd>{l.court}</dd>
        <dt>严重程度</dt>
        <dd>
          {l.band}（{l.severity}）
        </dd>
        <dt>立案日期</dt>
        <dd>
          {l.filingDate}（立案至今 {l.age}）
        </dd>
        <dt>结案方式</dt>
        <dd>{l.closing}</dd>
        <dt>申请执行标的额 / 实际到位 / 未执行</dt>
        <dd>
          {l.claim} / {l.paid} / {l.unpaid}
        </dd>
        <dt>数据来源</dt>
        <dd>
          {l.fileName}（<a href={`/staff/exchange/cases/${l.caseId}`}>查看法院案件数据</a>）
        </dd>
        <dt>首次提示</dt>
        <dd>{l.firstRaised}</dd>
      </dl>
      {l.changeNote ? (
        <div class="notice" role="note">
          <h2>证据变化</h2>
          <p>{l.changeNote}</p>
        </div>
      ) : null}
      <h2>触发的规则与证据</h2>
      {l.evidence.map((e) => (
        <section aria-labelledby={`rule-${e.rule}`}>
          <h3 id={`rule-${e.rule}`}>
            <a href={`/staff/leads/rules/${e.rule}`}>
              {e.rule} {e.name}
            </a>
          </h3>
          <p>{e.evidence}</p>
          <p class="field-hint">依据：{e.basis}</p>
        </section>
      ))}
      {l.decision ? (
        <>
          <h2>初筛结论</h2>
          <p>
            {l.statusLabel}：{l.decision.reason}
            {l.decision.note ? `。${l.decision.note}` : ''}（{l.decision.by}，{l.decision.at}）
          </p>
        </>
      ) : null}
      {p.exCase ? (
        <p>
          已立为依职权案件：<a href={`/staff/ex-officio/${p.exCase.id}`}>{p.exCase.number}</a>（
          {p.exCase.stage}）
        </p>
      ) : null}
      {p.mayDecide ? (
        <Form action={`/staff/leads/${l.id}/decision`} csrfToken={p.csrfToken}>
          <h2>{l.decision ? '重新初筛' : '初筛'}</h2>
          <input type="hidden" name="version" value={String(l.version)} />
          <RadioGroup
            name="decision"
            legend="初筛结论"
            options={[
              {
                value: 'valid',
                label: '有效',
                hint: '立为依职权监督案件，或并入该法院案件已有的在办监督案件',
              },
              { value: 'invalid', label: '无效', hint: '此后导入时证据不变的，不再提示' },
            ]}
            value={str('decision')}
            error={p.errors.decision}
          />
          <SelectField
            name="reason"
            label="理由"
            options={p.reasons}
            value={str('reason')}
            error={p.errors.reason}
          />
          <TextArea name="note" label="说明" value={str('note')} error={p.errors.note} optional />
          <Button>提交初筛结论</Button>
        </Form>
      ) : null}
      <Inquiries {...p} questions={str('questions')} />
    </>
  )
}

/** 说明案件执行情况通知书: those issued, and the form to issue one (the cheapest follow-up). */
function Inquiries(p: LeadDetailProps & { questions: string | undefined }) {
  const l = p.lead
  return (
    <>
      <h2>说明案件执行情况通知书</h2>
      {p.inquiries.length ? (
        <ul>
          {p.inquiries.map((i) => (
            <li>
              <a href={`/staff/leads/${l.id}/inquiries/${i.id}`}>{i.number}</a>（{i.issuedOn}{' '}
              发出，法院应于 {i.replyDue} 前书面回复）
            </li>
          ))}
        </ul>
      ) : (
        <p>尚未发出。</p>
      )}
      {l.status !== 'cleared' ? (
        <Form action={`/staff/leads/${l.id}/inquiries`} csrfToken={p.csrfToken}>
          <TextArea
            name="questions"
            label="需要法院说明的情况"
            hint={`法院应自收到之日起 ${p.inquiryDays} 日内书面回复（期限由管理员在“线索规则设置”中设定）。`}
            rows={4}
            value={
              p.questions ?? l.evidence.map((e) => `${e.rule} ${e.name}：${e.evidence}`).join('\n')
            }
            error={p.errors.questions}
          />
          <Button>发出说明案件执行情况通知书</Button>
        </Form>
      ) : null}
    </>
  )
}
