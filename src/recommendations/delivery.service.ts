import type { Db } from '../db/database.js'
import { extendClock, startClock } from '../deadlines/clocks.js'
import type { Deps } from '../deps.js'
import { AppError, NotFound, StaleVersion } from '../errors.js'
import type { FormErrors } from '../http/form.js'
import { todayInChina } from '../kernel/china-time.js'
import { isUuid } from '../kernel/ids.js'
import type { StaffActor } from '../staff/staff-actor.js'
import type { ReceivedFile } from '../uploads/multipart.js'
import { receivedName } from './register-upload.js'
import { auditRecommendation } from './register-audit.js'
import {
  lockRecommendation,
  updateRecommendation,
  type LockedRecommendation,
} from './register.repository.js'
import type { ExtensionForm, ServiceForm } from './register.schema.js'

/** 两高规定 第十三条: three months from the court's receipt, one more with its president's approval. */
export const REPLY_MONTHS = 3
export const EXTENSION_MONTHS = 1

type Outcome = { ok: true } | { ok: false; errors: FormErrors }

async function lockFor(trx: Db, id: string, version: number): Promise<LockedRecommendation> {
  const row = isUuid(id) ? await lockRecommendation(trx, id) : undefined
  if (!row) throw new NotFound('没有找到这份检察建议。')
  if (row.version !== version) throw new StaleVersion('这份检察建议已被更新，请刷新后再操作。')
  return row
}

/**
 * 送达: the court received the 检察建议书 on `servedOn`. The reply clock starts that day (两高规定
 * 第十三条; legal review D6), on the register and on the application it came from, whose status
 * page then says 已送达法院; the 15-day transfer clock (规则 第一百零八条) has run its course.
 */
export async function recordService(
  deps: Deps,
  actor: StaffActor,
  id: string,
  form: ServiceForm,
): Promise<Outcome> {
  return deps.db.transaction().execute(async (trx): Promise<Outcome> => {
    const row = await lockFor(trx, id, form.version)
    if (row.status !== 'awaiting_service')
      throw new AppError(409, 'conflict', '这份检察建议已经登记过送达，或者尚未决定提出。')
    const today = todayInChina(deps.clock.now())
    if (form.servedOn > today)
      return { ok: false, errors: { servedOn: '法院收到检察建议书的日期不能晚于今天' } }
    if (form.servedOn < row.decided_on!)
      return {
        ok: false,
        errors: { servedOn: `送达日期不能早于决定提出检察建议的日期（${row.decided_on}）` },
      }
    const due = deps.calendar.addMonths(form.servedOn, REPLY_MONTHS)
    await updateRecommendation(trx, id, {
      status: 'awaiting_reply',
      served_on: form.servedOn,
      service_method: form.method,
      reply_due: due.due,
      reply_due_explanation: `${due.explanation}（自法院收到检察建议书之日起算）`,
    })
    if (row.application_id) await startApplicationReplyClock(trx, deps, row.application_id, form)
    await auditRecommendation(trx, deps, actor, 'recommendation.serve', id, {
      servedOn: form.servedOn,
      method: form.method,
      replyDue: due.due,
    })
    return { ok: true }
  })
}

async function startApplicationReplyClock(
  trx: Db,
  deps: Deps,
  applicationId: string,
  form: ServiceForm,
) {
  await startClock(trx, deps, { applicationId, kind: 'court_reply', startedOn: form.servedOn })
  // the applicant's status page shows 已送达法院 from now: touching the row moves its status_version
  await trx
    .updateTable('applications')
    .set({ updated_at: deps.clock.now() })
    .where('id', '=', applicationId)
    .execute()
}

/**
 * The court's letter: its president approved one more month (两高规定 第十三条), once only. The letter
 * is kept as a received document with its hash; the new reply date is computed from the service
 * day. The file is already stored; the caller removes it if this refuses or throws.
 */
export async function recordExtension(
  deps: Deps,
  actor: StaffActor,
  id: string,
  form: ExtensionForm,
  letter: ReceivedFile,
): Promise<Outcome> {
  return deps.db.transaction().execute(async (trx): Promise<Outcome> => {
    const row = await lockFor(trx, id, form.version)
    if (row.status !== 'awaiting_reply')
      throw new AppError(
        409,
        'conflict',
        '只有已送达、等待法院回复的检察建议才能登记延长回复期限。',
      )
    if (row.extended_on)
      throw new AppError(
        409,
        'conflict',
        '法院回复期限只能延长一个月，这份检察建议已经登记过延长。',
      )
    if (form.letterOn > todayInChina(deps.clock.now()))
      return { ok: false, errors: { letterOn: '延期函的日期不能晚于今天' } }
    if (form.letterOn < row.served_on!)
      return { ok: false, errors: { letterOn: `延期函的日期不能早于送达日期（${row.served_on}）` } }
    const due = deps.calendar.addMonths(row.served_on!, REPLY_MONTHS + EXTENSION_MONTHS)
    await updateRecommendation(trx, id, {
      reply_due: due.due,
      reply_due_explanation: `法院院长批准延长一个月（${form.letterNumber}）；${due.explanation}（自法院收到检察建议书之日起算）`,
      extended_on: form.letterOn,
      extension_letter: form.letterNumber,
      extension_file_key: letter.storedId,
      extension_file_name: receivedName(letter),
      extension_file_sha256: letter.sha256,
      extension_file_size: letter.size,
    })
    if (row.application_id) await extendClock(trx, deps, row.application_id, 'court_reply')
    await auditRecommendation(trx, deps, actor, 'recommendation.extension', id, {
      from: row.reply_due,
      due: due.due,
      sha256: letter.sha256,
    })
    return { ok: true }
  })
}
