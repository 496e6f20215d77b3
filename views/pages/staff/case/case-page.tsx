import type { RelatedApplication } from '../../../../src/queue/related.service.js'
import { RelatedApplications } from '../related-applications.js'
import type { CaseCollabView } from '../../../../src/collaboration/escalations/case-collab-view.js'
import { CaseCollaboration } from '../collaboration/case-collaboration.js'
import type { Child } from 'hono/jsx'
import { ErrorSummary } from '../../../components/error-summary.js'
import type { FormErrors } from '../../../../src/http/form.js'
import { CaseActions, type ActionLink } from './case-actions.js'
import { CaseAnswers, type AnswerSection } from './case-answers.js'
import { CaseAssignment, type AssignmentView } from './case-assignment.js'
import { CaseRecusals, type RecusalItem } from './case-recusals.js'
import { CaseMaterials, type DocumentItem, type MaterialItem } from './case-files.js'
import { CaseNotes, type NoteItem } from './case-notes.js'
import { CaseLegalHold, type LegalHoldItem } from './case-legal-hold.js'
import { CaseReview, type ReviewHistoryView } from './case-review.js'
import { CaseService, type ServiceSectionView } from './case-service.js'
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
  /** a leader records 回避 decisions (规则 第十六条) */
  canDecideRecusal: boolean
  legalHold: LegalHoldItem
  actions: ActionLink[]
  /** the review decisions' grounds and notes (src/review/review-history.ts) */
  review?: ReviewHistoryView
  /** 送达 of the notices (src/service-of-documents) */
  service?: ServiceSectionView
  /** 请示报告, crime leads and meetings (src/collaboration) */
  collab?: CaseCollabView
  /** for the printed copy's heading: who printed it, and when (the page's render time) */
  printedBy: string
  printedAt: string
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
      <p class="hint no-print">
        <a href="/staff">返回办件队列</a>
      </p>
      <p class="print-only">
        {p.printedBy} 于 {p.printedAt} 从执监通打印（内部材料，证件号码和手机号码已部分隐藏）
      </p>
      <h1>
        {p.applicantName} <span class="hint">查询码 {p.trackingCode}</span>
      </h1>
      <div class="case-layout">
        <div class="case-layout__side">
          <CaseActions actions={p.actions} stageLabel={p.stageLabel} />
          <CaseDeadlines deadlines={p.deadlines} />
          <CaseAssignment
            a={p.assignment}
            error={props.form?.errors.staffId}
            action={`${base}/assign`}
            version={p.version}
            csrfToken={csrfToken}
          />
          <CaseRecusals
            items={p.recusals}
            decideHref={p.canDecideRecusal ? `${base}/actions/decide_recusal` : undefined}
          />
          <CaseLegalHold h={p.legalHold} />
        </div>
        <div class="case-layout__main">
          <CaseSummary p={p} />
          <RelatedApplications related={p.related} />
          <CaseMaterials materials={p.materials} documents={p.documents} />
          <CaseReview review={p.review} />
          <CaseAnswers
            sections={p.sections}
            revealAction={`${base}/reveal`}
            csrfToken={csrfToken}
          />
          {p.service ? <CaseService s={p.service} /> : null}
          {p.collab ? <CaseCollaboration c={p.collab} /> : null}
          <CaseNotes
            notes={p.notes}
            maxChars={p.noteMaxChars}
            action={`${base}/notes`}
            csrfToken={csrfToken}
            value={props.form?.noteValue}
            error={props.form?.errors.body}
          />
          <CaseTimeline items={p.timeline} />
        </div>
      </div>
    </>
  )
}

/** The facts an officer checks first; the nearest due date is in 期限 beside it. */
function CaseSummary({ p }: { p: CasePageProps }) {
  return (
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
    </dl>
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
