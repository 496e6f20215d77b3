import type { Deps } from '../deps.js'
import { AppError, NotFound, StaleVersion } from '../errors.js'
import type { FormErrors } from '../http/form.js'
import { todayInChina } from '../kernel/china-time.js'
import { isUuid } from '../kernel/ids.js'
import type { StaffActor } from '../staff/staff-actor.js'
import type { ReceivedFile } from '../uploads/multipart.js'
import type { MeasureDoneForm } from './measures.schema.js'
import { findDoneMeasures, insertMeasureDone, setMeasuresDoneOn } from './measures.repository.js'
import { auditRecommendation } from './register-audit.js'
import { receivedName } from './register-upload.js'
import { lockRecommendation, updateRecommendation } from './register.repository.js'
import { MEASURE_LABEL } from './register.schema.js'
import { findReply, type ReplyRow } from './reply.repository.js'

type Outcome = { ok: true; complete: boolean } | { ok: false; errors: FormErrors }

/**
 * 整改落实: the court carried out one measure its 回复意见函 promised (两高规定 第十三条), verified by
 * the procuratorate, with the evidence files. Once every measure the reply lists is done, the reply's
 * `measures_done_on` is the last day among them, which takes the 建议 off the 跟进监督 list
 * (follow-up-ground.ts, 'measure_overdue') and counts it as 落实. The files are already stored; the
 * caller removes them if this refuses or throws.
 */
export async function recordMeasureDone(
  deps: Deps,
  actor: StaffActor,
  id: string,
  form: MeasureDoneForm,
  files: readonly ReceivedFile[],
): Promise<Outcome> {
  if (!isUuid(id)) throw new NotFound('没有找到这份检察建议。')
  return deps.db.transaction().execute(async (trx): Promise<Outcome> => {
    const row = await lockRecommendation(trx, id)
    if (!row) throw new NotFound('没有找到这份检察建议。')
    if (row.version !== form.version)
      throw new StaleVersion('这份检察建议已被更新，请刷新后再操作。')
    const reply = row.status === 'replied' ? await findReply(trx, id) : undefined
    if (!reply)
      throw new AppError(409, 'conflict', '请先登记法院的回复意见函，再登记措施的落实情况。')
    if (reply.outcome === 'not_adopted')
      throw new AppError(
        409,
        'conflict',
        '法院不采纳这份检察建议，没有需要落实的措施；请通过跟进监督处理。',
      )
    const done = await findDoneMeasures(trx, id)
    const problem = measureProblem(
      form,
      reply,
      done,
      row.served_on!,
      todayInChina(deps.clock.now()),
    )
    if (problem) return { ok: false, errors: problem }
    await insertMeasureDone(trx, measureRow(deps, actor, id, form), files, receivedName)
    const all = [...done, { measure: form.measure, done_on: form.doneOn }]
    // a reply that lists no measure counts as 落实 once one is recorded
    const complete = reply.measures.every((m) => all.some((d) => d.measure === m))
    if (complete)
      await setMeasuresDoneOn(
        trx,
        id,
        all
          .map((d) => d.done_on)
          .sort()
          .at(-1)!,
      )
    await updateRecommendation(trx, id, {})
    await auditRecommendation(trx, deps, actor, 'recommendation.measure_done', id, {
      measure: form.measure,
      doneOn: form.doneOn,
      verifiedOn: form.verifiedOn,
      files: files.map((f) => f.sha256),
      complete,
    })
    return { ok: true, complete }
  })
}

function measureProblem(
  form: MeasureDoneForm,
  reply: ReplyRow,
  done: readonly { measure: string }[],
  servedOn: string,
  today: string,
): FormErrors | undefined {
  if (reply.measures.length > 0 && !reply.measures.includes(form.measure))
    return {
      measure: `法院的回复意见函没有列出“${MEASURE_LABEL[form.measure]}”，请选择回复中承诺的措施`,
    }
  if (done.some((d) => d.measure === form.measure))
    return { measure: `“${MEASURE_LABEL[form.measure]}”已经登记过落实情况` }
  if (form.doneOn < servedOn)
    return { doneOn: `落实措施的日期不能早于法院收到检察建议书的日期（${servedOn}）` }
  if (form.doneOn > today) return { doneOn: '法院落实措施的日期不能晚于今天' }
  if (form.verifiedOn > today) return { verifiedOn: '本院核实的日期不能晚于今天' }
  if (form.verifiedOn < form.doneOn)
    return { verifiedOn: '本院核实的日期不能早于法院落实措施的日期' }
  return undefined
}

function measureRow(deps: Deps, actor: StaffActor, id: string, form: MeasureDoneForm) {
  return {
    recommendation_id: id,
    measure: form.measure,
    done_on: form.doneOn,
    court_document: form.courtDocument || null,
    amount_paid: form.amountPaid ?? null,
    verification: form.verification,
    verification_note: form.verificationNote || null,
    verified_on: form.verifiedOn,
    verified_by: actor.staff.id,
    recorded_at: deps.clock.now(),
  }
}
