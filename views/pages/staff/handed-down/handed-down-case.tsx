import type { FormErrors, FormValues } from '../../../../src/http/form.js'
import { RadioGroup } from '../../../components/choices.js'
import { ErrorSummary } from '../../../components/error-summary.js'
import { TextArea, TextField } from '../../../components/field.js'
import { Button, Form } from '../../../components/form.js'

export type HandedDownCaseView = {
  id: string
  version: number
  source: string
  kind: string
  rows: [string, string][]
  summary: string
  documentHref: string
  documentLabel: string
  due?: { day: string; overdue: boolean } | undefined
  outcome?: string | undefined
  /** the outcomes this case allows (规则 第四十二条, 第一百零七条); empty once closed */
  outcomes: { value: string; label: string }[]
}

/** One 交办 or 移送 case: its source, its limit, the document, and the outcome when recorded. */
export function HandedDownCasePage(p: {
  c: HandedDownCaseView
  csrfToken: string
  mayClose: boolean
  notice?: string | undefined
  values: FormValues
  errors: FormErrors
}) {
  const c = p.c
  const v = (k: string) => (typeof p.values[k] === 'string' ? (p.values[k] as string) : undefined)
  return (
    <>
      <a class="back-link" href="/staff">
        返回办件队列
      </a>
      <ErrorSummary errors={p.errors} />
      {p.notice ? (
        <div class="notice" role="status">
          {p.notice}
        </div>
      ) : null}
      <h1>{c.source}</h1>
      <p>{c.kind}</p>
      {c.due ? (
        <p>
          办理期限：<strong>{c.due.day}</strong>
          {c.due.overdue ? <span class="tag tag--warning">已逾期</span> : null}
          （交办通知书限定，规则第四十二条：本院应当在规定期限内提出处理意见并报送上级院）
        </p>
      ) : null}
      <dl class="summary-list">
        {c.rows.map(([term, value]) => (
          <div class="summary-list__row">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h2>案件概要和要求</h2>
      <p class="preserve-lines">{c.summary}</p>
      <p>
        <a href={c.documentHref}>{c.documentLabel}</a>
      </p>
      {c.outcome ? (
        <>
          <h2>办理结果</h2>
          <p class="preserve-lines">{c.outcome}</p>
        </>
      ) : p.mayClose && c.outcomes.length > 0 ? (
        <>
          <h2>记录办理结果</h2>
          <Form action={`/staff/handed-down/${c.id}/outcome`} csrfToken={p.csrfToken}>
            <input type="hidden" name="version" value={String(c.version)} />
            <RadioGroup
              name="outcome"
              legend="办理结果"
              options={c.outcomes}
              value={v('outcome')}
              error={p.errors.outcome}
            />
            <TextField
              name="outcomeOn"
              label="办理日期"
              hint="例如 2026-12-10"
              value={v('outcomeOn')}
              error={p.errors.outcomeOn}
            />
            <TextArea
              name="note"
              label="办理情况说明"
              rows={4}
              value={v('note')}
              error={p.errors.note}
            />
            <Button>记录办理结果</Button>
          </Form>
        </>
      ) : null}
    </>
  )
}
