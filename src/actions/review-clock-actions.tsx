import { NotePage, ReviewClockPausePage } from '../../views/pages/staff/review-decision-forms.js'
import { defineAction } from './action-table.js'
import {
  PauseReviewClockSchema,
  REVIEW_PAUSE_REASON_LABEL,
  ResumeReviewClockSchema,
} from './review-clock.schema.js'
import { pauseReviewClock, resumeReviewClock } from './review-clock.service.js'

const REASONS = Object.entries(REVIEW_PAUSE_REASON_LABEL).map(([value, label]) => ({
  value,
  label,
}))

/** 规则 第五十二条: the review clock stands still for 调卷、鉴定、评估、审计、专家咨询, the stage does not move. */
export const REVIEW_CLOCK_ACTIONS = [
  defineAction({
    name: 'pause_review_clock',
    stages: ['under_review'],
    roles: ['reviewer'],
    title: '暂停计算审查期限',
    done: '审查期限已暂停计算，原因已告知申请人。事项结束后请恢复计算。',
    schema: PauseReviewClockSchema,
    page: (_call, props) => <ReviewClockPausePage {...props} reasons={REASONS} />,
    run: ({ deps, actor, kase }, form) => pauseReviewClock(deps, actor, kase.id, form),
  }),
  defineAction({
    name: 'resume_review_clock',
    stages: ['under_review'],
    roles: ['reviewer'],
    title: '恢复计算审查期限',
    done: '审查期限已恢复计算，暂停的天数不计入，新的期限见“期限”。',
    schema: ResumeReviewClockSchema,
    page: (_call, props) => (
      <NotePage
        {...props}
        title="恢复计算审查期限"
        action="resume_review_clock"
        name="note"
        label="恢复计算的情况"
        hint="例如：调取的执行卷宗已于今日收到。内部记录，申请人看不到"
        submit="恢复计算审查期限"
      />
    ),
    run: ({ deps, actor, kase }, form) => resumeReviewClock(deps, actor, kase.id, form),
  }),
]
