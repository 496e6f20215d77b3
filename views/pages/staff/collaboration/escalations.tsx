import type { EscalationListItem } from '../../../../src/collaboration/escalations/escalation-list.js'
import type { FormErrors, FormValues } from '../../../../src/http/form.js'
import { RadioGroup } from '../../../components/choices.js'
import { ErrorSummary } from '../../../components/error-summary.js'
import { TextArea, TextField } from '../../../components/field.js'
import { Button, Form } from '../../../components/form.js'
import { text } from './shared.js'

type Refused = { id: string; values: FormValues; errors: FormErrors }

/** Every 请示报告 to the 市院, with the form for the guidance where none has come yet. */
export function EscalationListPage(props: {
  items: EscalationListItem[]
  csrfToken: string
  mayWrite: boolean
  refused: Refused | undefined
}) {
  return (
    <>
      <ErrorSummary errors={props.refused?.errors ?? {}} />
      <h1>请示报告</h1>
      <p>
        就新类型、有重大影响或复杂敏感的案件向市院请示报告，以及市院的答复意见。新的请示在申请页面提出。
      </p>
      {props.items.length === 0 ? <p>还没有请示报告。</p> : null}
      {props.items.map((e) => {
        const mine = props.refused?.id === e.id ? props.refused : undefined
        return (
          <section aria-labelledby={`esc-${e.id}`}>
            <h2 id={`esc-${e.id}`}>
              {e.number}（<a href={`/staff/applications/${e.applicationId}`}>{e.trackingCode}</a>）
            </h2>
            <p>
              {e.sentOn} 报送，{e.reason}：{e.question}
            </p>
            {e.guidance ? (
              <p>
                {e.guidance.on} 市院答复：{e.guidance.text}
              </p>
            ) : props.mayWrite ? (
              <Form action={`/staff/escalations/${e.id}/guidance`} csrfToken={props.csrfToken}>
                <TextArea
                  name="guidance"
                  label="市院的答复意见"
                  rows={3}
                  value={text(mine?.values.guidance)}
                  error={mine?.errors.guidance}
                  maxlength={4000}
                />
                <TextField
                  name="guidanceOn"
                  label="收到答复的日期"
                  type="date"
                  value={text(mine?.values.guidanceOn)}
                  error={mine?.errors.guidanceOn}
                />
                <Button variant="secondary">登记答复</Button>
              </Form>
            ) : (
              <p>尚未收到市院的答复。</p>
            )}
          </section>
        )
      })}
    </>
  )
}

export function EscalationNewPage(props: {
  applicationId: string
  trackingCode: string
  caseNumber: string
  csrfToken: string
  values: FormValues
  errors: FormErrors
}) {
  const v = props.values
  const e = props.errors
  return (
    <>
      <a class="back-link" href={`/staff/applications/${props.applicationId}`}>
        返回申请 {props.trackingCode}
      </a>
      <ErrorSummary errors={e} />
      <h1>向市院请示报告</h1>
      <p>
        申请 {props.trackingCode}，执行案号 {props.caseNumber}
        。请示报告只请求指导意见；需要将案件交由上级院办理的，仍使用“报请上级院”。
      </p>
      <Form
        action={`/staff/applications/${props.applicationId}/escalations/new`}
        csrfToken={props.csrfToken}
      >
        <RadioGroup
          name="reason"
          legend="请示的原因"
          options={[
            { value: 'new_type', label: '新类型案件' },
            { value: 'major_impact', label: '有重大影响的案件' },
            { value: 'complex_sensitive', label: '复杂敏感案件' },
          ]}
          value={text(v.reason)}
          error={e.reason}
        />
        <TextArea
          name="question"
          label="请示的问题"
          rows={5}
          value={text(v.question)}
          error={e.question}
          maxlength={4000}
        />
        <TextField
          name="sentOn"
          label="报送日期"
          type="date"
          value={text(v.sentOn)}
          error={e.sentOn}
        />
        <Button>报送并编号</Button>
      </Form>
    </>
  )
}
