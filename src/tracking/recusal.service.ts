import type { Stage } from '../workflow/stages.js'
import { findApplicationById } from '../applications/application.repository.js'
import { insertAuditEvent } from '../audit/audit.repository.js'
import type { Db } from '../db/database.js'
import type { Deps } from '../deps.js'
import { AppError } from '../errors.js'
import { formatCalendarDay, todayInChina } from '../kernel/china-time.js'
import { insertApplicationEvent } from '../workflow/application-event.repository.js'
import {
  RECUSAL_DECISION_DAYS,
  RECUSAL_REVIEW_DAYS,
  RECUSAL_STAGES,
  recusalDue,
} from './recusal-periods.js'
import { insertRecusalRequest, insertRecusalReview, lockLastRefusal } from './recusal.repository.js'
import type { RecusalForm } from './recusal.schema.js'

/** The session's application, refused unless a recusal request may be made in its stage. */
export type RecusalTarget = { id: string; stage: Stage; staffId: string | null }

/**
 * The session's application, while a recusal request can still be made (规则 第十四条: before the
 * decision) and someone handles it: refused before the reason is read.
 */
export async function recusalTarget(deps: Deps, applicationId: string): Promise<RecusalTarget> {
  const app = (await findApplicationById(deps.db, applicationId))!
  if (!RECUSAL_STAGES.includes(app.stage))
    throw new AppError(
      409,
      'conflict',
      '回避申请应当在本院受理后、作出决定前提出；本案目前不能再申请回避。',
    )
  return { id: app.id, stage: app.stage, staffId: app.assigned_staff_id }
}

/**
 * The request reaches staff as a row, with its timeline entry and audit event, all or nothing.
 * `form` is as RecusalSchema checked it: the 承办检察官, or another person by name and role.
 */
export async function requestRecusal(
  deps: Deps,
  target: RecusalTarget,
  form: RecusalForm,
  ip: string | null,
): Promise<void> {
  if (form.target === 'handler' && !target.staffId)
    throw new AppError(409, 'conflict', '本案还没有确定承办检察官，请选择“其他人员”并写明姓名。')
  const person =
    form.target === 'handler'
      ? { staffId: target.staffId! }
      : { name: form.personName!, role: form.personRole! }
  const now = deps.clock.now()
  await deps.db.transaction().execute(async (trx) => {
    await insertRecusalRequest(trx, {
      applicationId: target.id,
      person,
      reason: form.reason,
      at: now,
    })
    const due = formatCalendarDay(recusalDue(deps, now, RECUSAL_DECISION_DAYS))
    await applicantEvent(trx, target, now, 'request_recusal', ip, {
      note: `已提交回避申请，本院将在 ${due} 前作出是否回避的决定并告知您。`,
    })
  })
}

/**
 * 规则 第十七条: one 复议 of a refused request, asked within RECUSAL_REVIEW_DAYS of the decision. The
 * person concerned keeps working on the case meanwhile ("复议期间，被申请回避的人员不停止参与本案工作").
 */
export async function requestRecusalReview(
  deps: Deps,
  applicationId: string,
  reason: string,
  ip: string | null,
): Promise<void> {
  const app = (await findApplicationById(deps.db, applicationId))!
  const now = deps.clock.now()
  await deps.db.transaction().execute(async (trx) => {
    const refusal = await lockLastRefusal(trx, app.id)
    if (!refusal) throw new AppError(409, 'conflict', '本院没有驳回过您的回避申请，无需申请复议。')
    if (refusal.review_requested_at)
      throw new AppError(409, 'conflict', '对这项回避决定您已经申请过复议；复议只能申请一次。')
    const lastDay = recusalDue(deps, refusal.handled_at!, RECUSAL_REVIEW_DAYS)
    if (todayInChina(now) > lastDay)
      throw new AppError(
        409,
        'conflict',
        `申请复议应当在接到回避决定时提出（本院接受至 ${formatCalendarDay(lastDay)}），现已超过，不能再申请复议。`,
      )
    await insertRecusalReview(trx, refusal.id, { reason, at: now })
    await applicantEvent(trx, { id: app.id, stage: app.stage }, now, 'request_recusal_review', ip, {
      note: `已申请复议，本院将在 ${formatCalendarDay(recusalDue(deps, now, RECUSAL_DECISION_DAYS))} 前作出复议决定并告知您。复议期间，被申请回避的人员不停止参与本案工作。`,
    })
  })
}

async function applicantEvent(
  trx: Db,
  app: { id: string; stage: Stage },
  at: Date,
  action: 'request_recusal' | 'request_recusal_review',
  ip: string | null,
  text: { note: string },
) {
  await insertApplicationEvent(trx, {
    applicationId: app.id,
    at,
    action,
    from: app.stage,
    to: app.stage,
    publicNote: text.note,
  })
  await insertAuditEvent(trx, {
    actor: { type: 'applicant', id: app.id },
    ip,
    action: `application.${action}`,
    object: { type: 'application', id: app.id },
    result: 'success',
    at,
  })
}
