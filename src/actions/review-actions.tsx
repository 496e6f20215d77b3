import { StartReviewPage } from '../../views/pages/staff/review-action.js'
import {
  EscalatePage,
  GroundPage,
  NotePage,
  NotSupportedPage,
} from '../../views/pages/staff/review-decision-forms.js'
import { findReviewers } from '../review/case.repository.js'
import { ACTION_LABEL } from '../workflow/transitions.js'
import { defineAction } from './action-table.js'
import {
  CloseSchema,
  ESCALATE_REASON_LABEL,
  EscalateSchema,
  NotSupportedSchema,
  ResumeSchema,
  StartReviewSchema,
  SUSPEND_GROUND_LABEL,
  SuspendSchema,
  PROVISO_LABEL,
  TERMINATE_GROUND_LABEL,
  TerminateSchema,
  WAIVER_LABEL,
} from './review-actions.schema.js'
import {
  closeCase,
  decideNotSupported,
  escalateCase,
  notSupportedNotice,
  suspensionNotice,
  resumeReview,
  startReview,
  suspendReview,
} from './review-actions.service.js'
import { terminateReview, terminationNotice } from './terminate.service.js'

const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }))

/** The staff decisions after acceptance (docs/product.md §9). */
export const REVIEW_ACTIONS = [
  defineAction({
    name: 'start_review',
    title: ACTION_LABEL.start_review,
    done: '承办检察官已确定，案件进入审查。申请人查询进度时可以看到其姓名。',
    schema: StartReviewSchema,
    page: async ({ deps }, props) => {
      const reviewers = await findReviewers(deps.db)
      const choices = reviewers.map((r) => ({ value: r.id, label: r.display_name }))
      return <StartReviewPage {...props} reviewers={choices} />
    },
    run: ({ deps, actor, kase }, form) => startReview(deps, actor, kase.id, form),
  }),
  defineAction({
    name: 'suspend',
    title: ACTION_LABEL.suspend,
    done: '已中止审查，中止审查决定书已发给申请人。审查期限暂停计算。',
    schema: SuspendSchema,
    page: (_call, props) => (
      <GroundPage {...props} kind="suspend" grounds={options(SUSPEND_GROUND_LABEL)} />
    ),
    run: ({ deps, actor, kase }, form) => suspendReview(deps, actor, kase.id, form),
    notice: (_call, form) => suspensionNotice(form),
  }),
  defineAction({
    name: 'resume',
    title: ACTION_LABEL.resume,
    done: '已恢复审查。中止的天数不计入审查期限，新的审查期限见“期限”。',
    schema: ResumeSchema,
    page: (_call, props) => (
      <NotePage
        {...props}
        title="恢复审查"
        action="resume"
        name="note"
        label="恢复审查的理由"
        hint="写明中止的原因如何消除；中止期间的天数不计入审查期限，审查期限相应顺延"
        submit="恢复审查"
      />
    ),
    run: ({ deps, actor, kase }, form) => resumeReview(deps, actor, kase.id, form),
  }),
  defineAction({
    name: 'escalate',
    title: ACTION_LABEL.escalate,
    done: '已报请上级院办理，审查期限停止计算。',
    schema: EscalateSchema,
    page: (_call, props) => <EscalatePage {...props} reasons={options(ESCALATE_REASON_LABEL)} />,
    run: ({ deps, actor, kase }, form) => escalateCase(deps, actor, kase.id, form),
  }),
  defineAction({
    name: 'decide_not_supported',
    title: ACTION_LABEL.decide_not_supported,
    done: '已作出不支持监督申请决定，决定书已发给申请人。',
    schema: NotSupportedSchema,
    page: (_call, props) => <NotSupportedPage {...props} />,
    run: ({ deps, actor, kase }, form) => decideNotSupported(deps, actor, kase.id, form),
    notice: (_call, form) => notSupportedNotice(form),
  }),
  defineAction({
    name: 'terminate',
    title: ACTION_LABEL.terminate,
    done: '已终结审查，终结审查决定书已发给申请人。',
    schema: TerminateSchema,
    page: (_call, props) => (
      <GroundPage
        {...props}
        kind="terminate"
        grounds={options(TERMINATE_GROUND_LABEL)}
        confirmations={{ proviso: PROVISO_LABEL, waiver: WAIVER_LABEL }}
      />
    ),
    run: ({ deps, actor, kase }, form) => terminateReview(deps, actor, kase.id, form),
    notice: (_call, form) => terminationNotice(form),
  }),
  defineAction({
    name: 'close',
    title: ACTION_LABEL.close,
    done: '本案已办结。',
    schema: CloseSchema,
    page: ({ kase }, props) => {
      const escalated = kase.stage === 'escalated'
      return (
        <NotePage
          {...props}
          title="办结"
          action="close"
          name="outcome"
          label={escalated ? '上级人民检察院的办理结果' : '办结情况'}
          hint={escalated ? '将显示在申请人的办理进度中' : '内部记录，申请人看不到'}
          submit="办结本案"
        />
      )
    },
    run: ({ deps, actor, kase }, form) => closeCase(deps, actor, kase.id, form, kase.stage),
  }),
]
