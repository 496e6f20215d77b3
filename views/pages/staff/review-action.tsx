import type { Child } from 'hono/jsx'
import type { FormErrors, FormValues } from '../../../src/http/form.js'
import type { NoticePreview } from '../../../src/notices/notice-preview.js'
import { NoticeButtons } from '../../components/notice-preview.js'
import { ErrorSummary } from '../../components/error-summary.js'
import { SelectField, type Option } from '../../components/field.js'
import { Button, Form } from '../../components/form.js'

/** What every action page shows about the application it acts on. */
export type CaseHeader = {
  id: string
  trackingCode: string
  applicantName: string
  courtName: string
  caseNumber: string
  stageLabel: string
  version: number
}

export type ActionFormProps = {
  csrfToken: string
  header: CaseHeader
  values: FormValues
  errors: FormErrors
  /** the notice the form will issue, once 预览 was pressed (docs/decisions/104-notice-preview.md) */
  preview?: NoticePreview | undefined
}

const str = (v: FormValues[string]) => (typeof v === 'string' ? v : undefined)

/**
 * The frame of one staff action (docs/product.md §9): the case it concerns, the form, and the hidden version
 * of the page (a stale page is refused with the current stage, docs/product.md §8).
 */
export function ActionFrame(
  props: ActionFormProps & {
    title: string
    action: string
    lead?: Child
    submit: string
    warning?: boolean
    multipart?: boolean
    /** the heading of the numbered notice the action issues: previewed before it is issued */
    notice?: string
    children: Child
  },
) {
  const h = props.header
  const back = `/staff/applications/${h.id}`
  return (
    <>
      <a class="back-link" href={back}>
        返回申请详情
      </a>
      <ErrorSummary errors={props.errors} />
      <h1>{props.title}</h1>
      <dl class="summary-list review-action__case">
        <Row term="查询码">{h.trackingCode}</Row>
        <Row term="申请人">{h.applicantName}</Row>
        <Row term="执行法院">{h.courtName}</Row>
        <Row term="执行案号">{h.caseNumber}</Row>
        <Row term="当前状态">{h.stageLabel}</Row>
      </dl>
      {props.lead ? <div class="notice">{props.lead}</div> : null}
      <Form
        action={`${back}/actions/${props.action}`}
        csrfToken={props.csrfToken}
        multipart={props.multipart ?? false}
      >
        <input type="hidden" name="version" value={String(h.version)} />
        {props.errors.version ? (
          <p class="field-error" id="field-version" tabindex={-1}>
            {props.errors.version}
          </p>
        ) : null}
        {props.children}
        {props.notice ? (
          <NoticeButtons
            preview={props.preview}
            heading={props.notice}
            issue={props.submit}
            warning={props.warning ?? false}
            cancel={back}
          />
        ) : (
          <div class="button-group">
            <Button variant={props.warning ? 'warning' : 'primary'}>{props.submit}</Button>
            <a class="button button--secondary" href={back}>
              取消
            </a>
          </div>
        )}
      </Form>
    </>
  )
}

export function Row(props: { term: string; children: Child }) {
  return (
    <div>
      <dt>{props.term}</dt>
      <dd>{props.children}</dd>
    </div>
  )
}

export function StartReviewPage(props: ActionFormProps & { reviewers: Option[] }) {
  return (
    <ActionFrame
      {...props}
      title="分派承办检察官并开始审查"
      action="start_review"
      submit="分派并开始审查"
      lead={
        <p>申请人将在办理进度页面看到承办检察官的姓名，并被告知可以申请回避（规则 第四十五条）。</p>
      }
    >
      <SelectField
        name="staffId"
        label="承办检察官"
        hint="只列出在岗的民事检察部门检察官"
        options={props.reviewers}
        value={str(props.values.staffId)}
        error={props.errors.staffId}
      />
    </ActionFrame>
  )
}
