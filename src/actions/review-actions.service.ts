import type { Stage } from '../workflow/stages.js'
import type { Db } from '../db/database.js'
import type { Deps } from '../deps.js'
import { findOpenClocks } from '../deadlines/clock.repository.js'
import { AppError } from '../errors.js'
import type { NoticeContent } from '../notices/notice-content.js'
import { transactionWithNotices } from '../notices/notice-transaction.js'
import { applyStageChange } from '../workflow/stage-change.service.js'
import type { Action } from '../workflow/transitions.js'
import { recordedActor, type StaffActor } from '../staff/staff-actor.js'
import { findReviewers } from '../review/case.repository.js'
import { insertReviewRecord } from '../review/review-actions.repository.js'
import {
  ESCALATE_REASON_LABEL,
  SUSPEND_GROUND_LABEL,
  TERMINATE_GROUND_LABEL,
  type CloseForm,
  type EscalateForm,
  type NotSupportedForm,
  type ResumeForm,
  type StartReviewForm,
  type SuspendForm,
  type TerminateForm,
} from './review-actions.schema.js'
import { auditStaffChange } from './staff-change.js'
import type { RecordedAction } from '../review/review-actions.table.js'

type Decision = {
  action: Action & RecordedAction
  expectedVersion: number
  publicNote?: string
  /** the decision served on the applicant (docs/product.md §10), numbered and attached to the stage email */
  notice?: NoticeContent
  ground?: string | null
  detail?: string | null
  explanation?: string | null
  /** more rows of the same change (assignment, the notice), inside its transaction; may add the
   * record's explanation once the change is applied (e.g. the review clock's new due date) */
  also?: (trx: Db, result: { stage: Stage; version: number }) => Promise<string | void>
}

/**
 * One staff decision: the stage change (row lock, version and role check, timeline, audit, email),
 * what the form recorded, and whatever else the decision writes — one transaction (docs/product.md §9).
 */
async function decide(deps: Deps, actor: StaffActor, applicationId: string, d: Decision) {
  return transactionWithNotices(deps, async (trx) => {
    const result = await applyStageChange(trx, deps, {
      applicationId,
      action: d.action,
      expectedVersion: d.expectedVersion,
      actor: recordedActor(actor),
      ip: actor.ip,
      ...(d.publicNote ? { publicNote: d.publicNote } : {}),
      ...(d.notice ? { notice: d.notice } : {}),
    })
    const explanation = (await d.also?.(trx, result)) ?? d.explanation ?? null
    await insertReviewRecord(trx, {
      applicationId,
      action: d.action,
      ground: d.ground ?? null,
      detail: d.detail ?? null,
      explanation,
      staffId: actor.staff.id,
      at: deps.clock.now(),
      version: result.version,
    })
    return result
  })
}

const groundText = (labels: Record<string, string>, ground: string, detail?: string) =>
  ground === 'other' && detail ? detail : labels[ground]!

/** 规则 第四十条 / 第四十五条: the handler is named to the applicant together with the 回避 right. */
export async function startReview(
  deps: Deps,
  actor: StaffActor,
  id: string,
  form: StartReviewForm,
) {
  const handler = (await findReviewers(deps.db)).find((r) => r.id === form.staffId)
  if (!handler)
    throw new AppError(422, 'bad_request', '所选人员不是在岗的民事检察部门检察官，请重新选择。')
  return decide(deps, actor, id, {
    action: 'start_review',
    expectedVersion: form.version,
    ground: handler.id,
    publicNote: `承办检察官：${handler.display_name}。您认为承办检察官应当回避的，可以在办理进度页面申请回避。`,
    also: async (trx) => {
      await trx
        .updateTable('applications')
        .set({ assigned_staff_id: handler.id })
        .where('id', '=', id)
        .execute()
      await auditStaffChange(trx, deps, actor, id, 'application.assign', { staffId: handler.id })
    },
  })
}

export async function suspendReview(deps: Deps, actor: StaffActor, id: string, form: SuspendForm) {
  const ground = groundText(SUSPEND_GROUND_LABEL, form.ground, form.detail)
  return decide(deps, actor, id, {
    action: 'suspend',
    expectedVersion: form.version,
    ground: form.ground,
    detail: form.detail || null,
    publicNote: `中止审查的原因：${ground}。审查期限自中止之日起暂停计算。`,
    notice: { kind: 'suspension_decision', fields: { reason: ground } },
  })
}

/** The review clock moves by the days it stood still (clock-effects); returns its new due date. */
export async function resumeReview(deps: Deps, actor: StaffActor, id: string, form: ResumeForm) {
  return decide(deps, actor, id, {
    action: 'resume',
    expectedVersion: form.version,
    detail: form.note,
    also: async (trx) => {
      const review = (await findOpenClocks(trx, id)).find((c) => c.kind === 'review')
      if (!review) return
      await auditStaffChange(trx, deps, actor, id, 'application.review_due_moved', {
        due: review.due,
        pausedDays: review.paused_days,
      })
      return `审查期限顺延至 ${review.due}。${review.explanation}`
    },
  })
}

export async function escalateCase(deps: Deps, actor: StaffActor, id: string, form: EscalateForm) {
  return decide(deps, actor, id, {
    action: 'escalate',
    expectedVersion: form.version,
    ground: form.reason,
    detail: form.explanation,
    explanation: ESCALATE_REASON_LABEL[form.reason],
  })
}

/** 两高规定 第十六条: reasons and 释法说理 go into the 不支持监督申请决定书 served on the applicant. */
export async function decideNotSupported(
  deps: Deps,
  actor: StaffActor,
  id: string,
  form: NotSupportedForm,
) {
  return decide(deps, actor, id, {
    action: 'decide_not_supported',
    expectedVersion: form.version,
    detail: form.reasons,
    explanation: form.explanation,
    publicNote: `本院决定不支持您的监督申请。理由：${summary(form.reasons)}详见不支持监督申请决定书。`,
    // 两高规定 第十六条: the reasons and the 释法说理 both go to the applicant in the decision
    notice: {
      kind: 'not_supported_decision',
      fields: { reasons: `${sentence(form.reasons)}${sentence(form.explanation)}` },
    },
  })
}

export async function terminateReview(
  deps: Deps,
  actor: StaffActor,
  id: string,
  form: TerminateForm,
) {
  const ground = groundText(TERMINATE_GROUND_LABEL, form.ground, form.detail)
  return decide(deps, actor, id, {
    action: 'terminate',
    expectedVersion: form.version,
    ground: form.ground,
    detail: form.detail || null,
    publicNote: `终结审查的理由：${ground}。详见终结审查决定书。`,
    notice: {
      kind: 'termination_decision',
      fields: {
        ground: form.ground === 'other' ? ground : TERMINATE_GROUND_LABEL[form.ground],
        reason: form.ground === 'other' || !form.detail ? '' : sentence(form.detail),
      },
    },
  })
}

/** For an escalated case the note is the higher procuratorate's result, which the applicant is told. */
export async function closeCase(
  deps: Deps,
  actor: StaffActor,
  id: string,
  form: CloseForm,
  from: Stage,
) {
  return decide(deps, actor, id, {
    action: 'close',
    expectedVersion: form.version,
    detail: form.outcome,
    ...(from === 'escalated' ? { publicNote: `上级人民检察院的办理结果：${form.outcome}` } : {}),
  })
}

function summary(text: string): string {
  const chars = [...text]
  const short = chars.length > 200 ? `${chars.slice(0, 200).join('')}……` : text
  return sentence(short)
}

const sentence = (text: string) => (/[。！？]$/.test(text) ? text : `${text}。`)
