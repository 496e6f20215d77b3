import type { RelatedApplication } from '../../../../src/queue/related.service.js'
import { RelatedApplications } from '../related-applications.js'
import type { Child } from 'hono/jsx'
import { ErrorSummary } from '../../../components/error-summary.js'
import type { FormErrors } from '../../../../src/http/form.js'
import { CaseActions, type ActionLink } from './case-actions.js'
import { CaseAnswers, type AnswerSection } from './case-answers.js'
import {
  CaseAssignment,
  CaseRecusals,
  type AssignmentView,
  type RecusalItem,
} from './case-assignment.js'
import { CaseMaterials, type DocumentItem, type MaterialItem } from './case-files.js'
import { CaseNotes, type NoteItem } from './case-notes.js'
import { CaseReview, type ReviewHistoryView } from './case-review.js'
import {
  CaseDeadlines,
  CaseTimeline,
  type DeadlineItem,
  type TimelineItem,
} from './case-timeline.js'

export type CasePageProps = {
  id: string
  version: number
  trackingCode: string
  applicantName: string
  stageLabel: string
  channel: string
  submittedAt: string
  caseNumber: string
  flags: string[]
  /** the other open applications behind 可能重复 */
  related: RelatedApplication[]
  sections: AnswerSection[]
  materials: MaterialItem[]
  documents: DocumentItem[]
  deadlines: DeadlineItem[]
  timeline: TimelineItem[]
  notes: NoteItem[]
  /** the longest note staff may add (the service refuses longer) */
  noteMaxChars: number
  assignment: AssignmentView
  recusals: RecusalItem[]
  actions: ActionLink[]
  /** the review decisions' grounds and notes (src/review/review-history.ts) */
  review?: ReviewHistoryView
}

/** A refused note or assignment: the page again with the message and the text kept. */
export type CaseFormState = { noteValue?: string; errors: FormErrors }

/** The application page of the staff desk (docs/product.md §8): everything about one application. */
export function CasePage(props: {
  p: CasePageProps
  csrfToken: string
  form?: CaseFormState | undefined
  notice?: string | undefined
}) {
  const { p, csrfToken } = props
  const base = `/staff/applications/${p.id}`
  return (
    <>
      <ErrorSummary errors={props.form?.errors ?? {}} />
      {props.notice ? (
        <div class="notice" role="status">
          <p>{props.notice}</p>
        </div>
      ) : null}
      <p class="hint">
        <a href="/staff">返回办件队列</a>
      </p>
      <h1>
        {p.applicantName} <span class="hint">查询码 {p.trackingCode}</span>
      </h1>
      <dl class="summary-list">
        <Fact term="当前状态">
          <strong data-testid="case-stage">{p.stageLabel}</strong>
        </Fact>
        <Fact term="执行案号">{p.caseNumber}</Fact>
        <Fact term="提交渠道">{p.channel}</Fact>
        <Fact term="提交时间">{p.submittedAt}</Fact>
        <Fact term="提示标记">
          {p.flags.length === 0 ? '无' : p.flags.map((f) => <span class="tag tag--flag">{f}</span>)}
        </Fact>
        <Fact term="承办检察官">{p.assignment.handler ?? '尚未确定'}</Fact>
        <Fact term="版本">{String(p.version)}</Fact>
      </dl>
      <RelatedApplications related={p.related} />
      <CaseActions actions={p.actions} stageLabel={p.stageLabel} />
      <CaseDeadlines deadlines={p.deadlines} />
      <CaseReview review={p.review} />
      <CaseAssignment
        a={p.assignment}
        error={props.form?.errors.staffId}
        action={`${base}/assign`}
        version={p.version}
        csrfToken={csrfToken}
      />
      <CaseRecusals
        items={p.recusals}
        actionFor={(id) => `${base}/recusals/${id}/handled`}
        csrfToken={csrfToken}
      />
      <CaseAnswers sections={p.sections} revealAction={`${base}/reveal`} csrfToken={csrfToken} />
      <CaseMaterials materials={p.materials} documents={p.documents} />
      <CaseNotes
        notes={p.notes}
        maxChars={p.noteMaxChars}
        action={`${base}/notes`}
        csrfToken={csrfToken}
        value={props.form?.noteValue}
        error={props.form?.errors.body}
      />
      <CaseTimeline items={p.timeline} />
    </>
  )
}

function Fact(props: { term: string; children: Child }) {
  return (
    <div>
      <dt>{props.term}</dt>
      <dd>{props.children}</dd>
    </div>
  )
}
