import type { FormErrors } from '../../../../src/http/form.js'
import { ErrorSummary } from '../../../components/error-summary.js'
import { TextArea } from '../../../components/field.js'
import { Button, Form } from '../../../components/form.js'

export type ExOfficioCaseView = {
  id: string
  number: string
  stage: string
  origin: string
  ground: string
  court: string
  courtCaseNo: string
  courtCaseId: string | null
  facts: string
  recommendation: string | null
  terminationReason: string | null
  openedBy: string
  openedAt: string
  version: number
  leads: { id: string; rules: string }[]
  actions: { action: string; label: string; textLabel?: string | undefined }[]
}

export type ExOfficioCaseProps = {
  csrfToken: string
  kase: ExOfficioCaseView
  errors: FormErrors
  notice?: string | undefined
}

/** An ex-officio case: its origin shown, the court case and lead evidence attached, its next steps. */
export function ExOfficioCasePage(p: ExOfficioCaseProps) {
  const k = p.kase
  return (
    <>
      <ErrorSummary errors={p.errors} />
      {p.notice ? (
        <div class="notice" role="status">
          <p>{p.notice}</p>
        </div>
      ) : null}
      <p>
        <a href="/staff">返回办件队列</a>
      </p>
      <h1>依职权案件 {k.number}</h1>
      <dl class="summary-list">
        <dt>来源</dt>
        <dd>依职权监督（{k.origin}），无申请人</dd>
        <dt>阶段</dt>
        <dd>{k.stage}</dd>
        <dt>依职权监督的情形</dt>
        <dd>{k.ground}</dd>
        <dt>执行法院 / 执行案号</dt>
        <dd>
          {k.court} /{' '}
          {k.courtCaseId ? (
            <a href={`/staff/exchange/cases/${k.courtCaseId}`}>{k.courtCaseNo}</a>
          ) : (
            k.courtCaseNo
          )}
        </dd>
        <dt>立案</dt>
        <dd>
          {k.openedBy}，{k.openedAt}
        </dd>
      </dl>
      <h2>发现的情况</h2>
      <p class="preserve-lines">{k.facts}</p>
      {k.leads.length ? (
        <>
          <h2>来自的监督线索</h2>
          <ul>
            {k.leads.map((l) => (
              <li>
                <a href={`/staff/leads/${l.id}`}>{l.rules}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {k.recommendation ? (
        <>
          <h2>检察建议的主要内容</h2>
          <p class="preserve-lines">{k.recommendation}</p>
        </>
      ) : null}
      {k.terminationReason ? (
        <>
          <h2>终结审查的理由</h2>
          <p class="preserve-lines">{k.terminationReason}</p>
        </>
      ) : null}
      {k.actions.map((a) => (
        <Form action={`/staff/ex-officio/${k.id}/action`} csrfToken={p.csrfToken}>
          <input type="hidden" name="version" value={String(k.version)} />
          <input type="hidden" name="action" value={a.action} />
          {a.textLabel ? (
            <TextArea
              name="text"
              id={`text-${a.action}`}
              label={a.textLabel}
              error={p.errors[`text-${a.action}`]}
              rows={4}
            />
          ) : null}
          <Button variant={a.action === 'terminate' ? 'warning' : 'primary'}>{a.label}</Button>
        </Form>
      ))}
    </>
  )
}
