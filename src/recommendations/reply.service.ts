import { REPLY_OUTCOME_LABEL } from '../actions/recommendation.schema.js'
import type { Db } from '../db/database.js'
import type { Deps } from '../deps.js'
import { AppError, NotFound, StaleVersion } from '../errors.js'
import type { FormErrors } from '../http/form.js'
import { todayInChina } from '../kernel/china-time.js'
import { isUuid } from '../kernel/ids.js'
import { lockApplicationVersion } from '../review/review-actions.repository.js'
import { recordedActor, type StaffActor } from '../staff/staff-actor.js'
import type { ReceivedFile } from '../uploads/multipart.js'
import { applyStageChange } from '../workflow/stage-change.service.js'
import { auditRecommendation } from './register-audit.js'
import { receivedName } from './register-upload.js'
import { lockRecommendation, updateRecommendation } from './register.repository.js'
import type { ReplyForm } from './register.schema.js'

type Outcome = { ok: true } | { ok: false; errors: FormErrors }

/**
 * 两高规定 第十三条: the court's 回复意见函, recorded as a document received by the procuratorate
 * (never an applicant's material) with its file and hash, the outcome, the measures and any amount
 * paid out. The 检察建议 moves to 法院已回复; an application it came from moves with it (its reply
 * clock stops there). The letter is already stored; the caller removes it if this refuses or throws.
 */
export async function recordReply(
  deps: Deps,
  actor: StaffActor,
  id: string,
  form: ReplyForm,
  letter: ReceivedFile,
): Promise<Outcome> {
  if (!isUuid(id)) throw new NotFound('没有找到这份检察建议。')
  return deps.db.transaction().execute(async (trx): Promise<Outcome> => {
    const row = await lockRecommendation(trx, id)
    if (!row) throw new NotFound('没有找到这份检察建议。')
    if (row.version !== form.version)
      throw new StaleVersion('这份检察建议已被更新，请刷新后再操作。')
    if (row.status === 'awaiting_service')
      throw new AppError(409, 'conflict', '请先登记法院收到检察建议书的日期，再登记法院的回复。')
    if (row.status !== 'awaiting_reply')
      throw new AppError(409, 'conflict', '这份检察建议已经登记过法院回复。')
    const problem = dateProblem(form, row.served_on!, todayInChina(deps.clock.now()))
    if (problem) return { ok: false, errors: problem }
    await insertReply(trx, deps, actor, id, form, letter)
    await updateRecommendation(trx, id, { status: 'replied' })
    if (row.application_id) await moveApplication(trx, deps, actor, row.application_id, form)
    await auditRecommendation(trx, deps, actor, 'recommendation.reply', id, {
      outcome: form.outcome,
      receivedOn: form.receivedOn,
      sha256: letter.sha256,
    })
    return { ok: true }
  })
}

function dateProblem(form: ReplyForm, servedOn: string, today: string): FormErrors | undefined {
  if (form.receivedOn > today) return { receivedOn: '收到回复意见函的日期不能晚于今天' }
  if (form.receivedOn < servedOn)
    return { receivedOn: `收到回复的日期不能早于法院收到检察建议书的日期（${servedOn}）` }
  if (form.promisedBy && form.promisedBy < form.receivedOn)
    return { promisedBy: '法院承诺完成措施的日期不能早于收到回复的日期' }
  return undefined
}

async function insertReply(
  trx: Db,
  deps: Deps,
  actor: StaffActor,
  id: string,
  form: ReplyForm,
  letter: ReceivedFile,
) {
  await trx
    .insertInto('recommendation_replies')
    .values({
      recommendation_id: id,
      received_on: form.receivedOn,
      letter_number: form.letterNumber,
      outcome: form.outcome,
      measures: form.measures ?? [],
      measures_note: form.measuresNote || null,
      amount_paid: form.amountPaid ?? null,
      court_reasons: form.courtReasons || null,
      reasons_accepted: form.outcome === 'adopted' ? null : form.reasonsAccepted === 'yes',
      promised_by: form.promisedBy ?? null,
      file_key: letter.storedId,
      file_name: receivedName(letter),
      file_sha256: letter.sha256,
      file_size: letter.size,
      recorded_by: actor.staff.id,
      recorded_at: deps.clock.now(),
    })
    .execute()
}

async function moveApplication(
  trx: Db,
  deps: Deps,
  actor: StaffActor,
  applicationId: string,
  form: ReplyForm,
) {
  const app = await lockApplicationVersion(trx, applicationId)
  if (app?.stage !== 'decided_recommendation') return
  await applyStageChange(trx, deps, {
    applicationId,
    action: 'record_court_reply',
    actor: recordedActor(actor),
    ip: actor.ip,
    publicNote: `法院已书面回复本院的检察建议，处理结果：${REPLY_OUTCOME_LABEL[form.outcome]}。`,
  })
}
