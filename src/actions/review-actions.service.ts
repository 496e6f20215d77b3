import type { Stage } from '../workflow/stages.js'
import type { Deps } from '../deps.js'
import { findOpenClocks } from '../deadlines/clock.repository.js'
import { AppError } from '../errors.js'
import type { StaffActor } from '../staff/staff-actor.js'
import { findReviewers } from '../review/case.repository.js'
import {
  ESCALATE_REASON_LABEL,
  SUSPEND_GROUND_ITEM,
  SUSPEND_GROUND_LABEL,
  type CloseForm,
  type EscalateForm,
  type NotSupportedForm,
  type ResumeForm,
  type StartReviewForm,
  type SuspendForm,
} from './review-actions.schema.js'
import { auditStaffChange } from './staff-change.js'
import { decide, groundText, sentence } from './review-decision.js'

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
    publicNote: `承办检察官：${handler.display_name}（法律职务：${handler.legal_title}）。您认为承办检察官应当回避的，可以在本院作出决定前在办理进度页面申请回避。`,
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
    notice: suspensionNotice(form),
  })
}

/** The notices the review decisions issue, built once for the preview and for the issue. */
export function suspensionNotice(form: SuspendForm) {
  const reason = groundText(SUSPEND_GROUND_LABEL, form.ground, form.detail)
  return {
    kind: 'suspension_decision' as const,
    fields: { reason, item: SUSPEND_GROUND_ITEM[form.ground] },
  }
}

// 两高规定 第十六条: the reasons and the 释法说理 both go to the applicant in the decision
export function notSupportedNotice(form: NotSupportedForm) {
  return {
    kind: 'not_supported_decision' as const,
    fields: { reasons: `${sentence(form.reasons)}${sentence(form.explanation)}` },
  }
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
    notice: notSupportedNotice(form),
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
