import { addMaterials } from '../applications/application.repository.js'
import { todayInChina } from '../kernel/china-time.js'
import type { Deps } from '../deps.js'
import { extendClock } from '../deadlines/clocks.js'
import { findOpenClocks } from '../deadlines/clock.repository.js'
import { AppError } from '../errors.js'
import type { ReceivedFile } from '../uploads/multipart.js'
import { applyStageChange } from '../workflow/stage-change.service.js'
import { recordedActor, type StaffActor } from '../staff/staff-actor.js'
import { REPLY_OUTCOME_LABEL, type CourtReplyForm } from './recommendation.schema.js'
import type { CourtExtensionForm } from './review-actions.schema.js'
import { findLastEventAt, insertReviewRecord } from '../review/review-actions.repository.js'
import { auditStaffChange, touchApplication } from './staff-change.js'
import {
  markRegisterReplied,
  syncRegisterExtension,
} from '../recommendations/register.repository.js'

/** The reply date cannot lie in the future nor before the 检察建议 was decided; undefined when fine. */
export async function replyDateProblem(
  deps: Deps,
  applicationId: string,
  repliedOn: string,
): Promise<string | undefined> {
  const today = todayInChina(deps.clock.now())
  if (repliedOn > today) return '法院回复的日期不能晚于今天'
  const decidedAt = await findLastEventAt(deps.db, applicationId, 'decide_recommendation')
  const decidedOn = decidedAt ? todayInChina(decidedAt) : undefined
  if (decidedOn && repliedOn < decidedOn)
    return `法院回复的日期不能早于本院提出检察建议的日期（${decidedOn}）`
  return undefined
}

/**
 * 两高规定 第十三条: the court's written reply (采纳 / 部分采纳 / 不采纳) with its letter, filed as a
 * material uploaded by staff; the stage moves to court_replied and the reply clock stops.
 */
export async function recordCourtReply(
  deps: Deps,
  actor: StaffActor,
  id: string,
  form: CourtReplyForm,
  letter: ReceivedFile,
) {
  const now = deps.clock.now()
  const outcome = REPLY_OUTCOME_LABEL[form.outcome]
  return deps.db.transaction().execute(async (trx) => {
    const result = await applyStageChange(trx, deps, {
      applicationId: id,
      action: 'record_court_reply',
      expectedVersion: form.version,
      actor: recordedActor(actor),
      ip: actor.ip,
      publicNote: `法院已书面回复本院的检察建议，处理结果：${outcome}。`,
    })
    const [materialId] = await addMaterials(trx, id, [letter], {
      slot: 'court_reply',
      description: `法院回复意见函（${outcome}）`,
      uploadedBy: actor.staff.id,
      at: now,
    })
    await trx
      .insertInto('court_replies')
      .values({
        application_id: id,
        replied_on: form.repliedOn,
        outcome: form.outcome,
        note: form.note || null,
        material_id: materialId!,
        recorded_by: actor.staff.id,
        recorded_at: now,
      })
      .execute()
    await markRegisterReplied(trx, id)
    return result
  })
}

/**
 * The court reported that its president approved one more month (两高规定 第十三条): the reply
 * clock moves once. Not a stage change; audited, and recorded with the staff member's note.
 */
export async function recordCourtExtension(
  deps: Deps,
  actor: StaffActor,
  id: string,
  form: CourtExtensionForm,
): Promise<{ due: string }> {
  return deps.db.transaction().execute(async (trx) => {
    const { version } = await touchApplication(trx, deps, {
      applicationId: id,
      expectedVersion: form.version,
      stages: ['decided_recommendation'],
      what: '登记法院延长回复期限',
    })
    const before = (await findOpenClocks(trx, id)).find((c) => c.kind === 'court_reply')
    if (!before) throw new AppError(409, 'conflict', '没有正在计算的法院回复期限。')
    if (before.extended_months >= 1)
      throw new AppError(409, 'conflict', '法院回复期限只能延长一个月，本案已经登记过延长。')
    await extendClock(trx, deps, id, 'court_reply')
    const after = (await findOpenClocks(trx, id)).find((c) => c.kind === 'court_reply')!
    await syncRegisterExtension(trx, id, after, todayInChina(deps.clock.now()))
    await insertReviewRecord(trx, {
      applicationId: id,
      action: 'court_extension',
      detail: form.note,
      explanation: `法院回复期限延长至 ${after.due}。`,
      staffId: actor.staff.id,
      at: deps.clock.now(),
      version,
    })
    await auditStaffChange(trx, deps, actor, id, 'application.court_extension', {
      from: before.due,
      due: after.due,
      version,
    })
    return { due: after.due }
  })
}
