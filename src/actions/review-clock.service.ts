import type { Deps } from '../deps.js'
import { findOpenClocks } from '../deadlines/clock.repository.js'
import { pauseClock, resumeClock } from '../deadlines/clocks.js'
import { AppError } from '../errors.js'
import type { Db } from '../db/database.js'
import { cite } from '../kernel/legal-bases.js'
import { formatCalendarDay } from '../kernel/china-time.js'
import type { StaffActor } from '../staff/staff-actor.js'
import { insertApplicationEvent } from '../workflow/application-event.repository.js'
import {
  REVIEW_PAUSE_REASON_LABEL,
  type ResumeReviewClockForm,
  type PauseReviewClockForm,
} from './review-clock.schema.js'
import { auditStaffChange, touchApplication } from './staff-change.js'

const RULE_52 = cite('rules52', 'short')

async function reviewClock(trx: Db, id: string) {
  const clock = (await findOpenClocks(trx, id)).find((k) => k.kind === 'review')
  if (!clock) throw new AppError(409, 'conflict', '这件申请没有正在计算的审查期限。')
  return clock
}

/**
 * 规则 第五十二条: 调卷、鉴定、评估、审计、专家咨询 and similar periods do not count toward the three
 * months. Staff stop the review clock for one, while the case stays under review; the applicant is
 * told on the status page (one transaction: version, clock, timeline, audit).
 */
export async function pauseReviewClock(
  deps: Deps,
  actor: StaffActor,
  id: string,
  form: PauseReviewClockForm,
) {
  const what = form.reason === 'other' ? form.detail! : REVIEW_PAUSE_REASON_LABEL[form.reason]
  await deps.db.transaction().execute(async (trx) => {
    const { stage } = await touchApplication(trx, deps, {
      applicationId: id,
      expectedVersion: form.version,
      stages: ['under_review'],
      what: '暂停计算审查期限',
    })
    if ((await reviewClock(trx, id)).paused_on)
      throw new AppError(409, 'conflict', '审查期限已经暂停计算，请先恢复计算。')
    await pauseClock(trx, deps, id, 'review')
    await insertApplicationEvent(trx, {
      applicationId: id,
      at: deps.clock.now(),
      action: 'review_clock_pause',
      from: stage,
      to: stage,
      publicNote: `因${what}，审查期限自今日起暂停计算；${what}的期间不计入审查期限（${RULE_52}）。`,
    })
    await auditStaffChange(trx, deps, actor, id, 'application.review_clock_pause', {
      reason: form.reason,
    })
  })
}

/** The excluded period has ended: the clock runs again, its due date moved by the days it stood. */
export async function resumeReviewClock(
  deps: Deps,
  actor: StaffActor,
  id: string,
  form: ResumeReviewClockForm,
) {
  await deps.db.transaction().execute(async (trx) => {
    const { stage } = await touchApplication(trx, deps, {
      applicationId: id,
      expectedVersion: form.version,
      stages: ['under_review'],
      what: '恢复计算审查期限',
    })
    if (!(await reviewClock(trx, id)).paused_on)
      throw new AppError(409, 'conflict', '审查期限没有暂停计算。')
    await resumeClock(trx, deps, id, 'review')
    const moved = await reviewClock(trx, id)
    await insertApplicationEvent(trx, {
      applicationId: id,
      at: deps.clock.now(),
      action: 'review_clock_resume',
      from: stage,
      to: stage,
      publicNote: `审查期限恢复计算，顺延至${formatCalendarDay(moved.due)}（${RULE_52}）。`,
    })
    await auditStaffChange(trx, deps, actor, id, 'application.review_clock_resume', {
      due: moved.due,
      pausedDays: moved.paused_days,
    })
  })
}
