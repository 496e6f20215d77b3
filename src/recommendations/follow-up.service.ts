import { Readable } from 'node:stream'
import { renderFollowUpRequestPdf } from '../../views/documents/follow-up-request.js'
import { GENERATED_PDF_MAX_BYTES } from '../documents/issued-document.service.js'
import type { Db } from '../db/database.js'
import type { Deps } from '../deps.js'
import { AppError, NotFound, StaleVersion } from '../errors.js'
import type { FormErrors } from '../http/form.js'
import { todayInChina } from '../kernel/china-time.js'
import { citeAll } from '../kernel/legal-bases.js'
import { isUuid } from '../kernel/ids.js'
import { takeNumber } from '../notices/notice.service.js'
import type { SiteView } from '../site/site-view.js'
import type { StaffActor } from '../staff/staff-actor.js'
import { followUpGround, GROUND_SENTENCE } from './follow-up-ground.js'
import { auditRecommendation } from './register-audit.js'
import { findRecommendation, insertRecommendation } from './register.repository.js'
import { findGroundFacts } from './reply.repository.js'
import { findUrgePeriod, urgePeriodText } from './urge-period.js'
import type { FollowUpForm } from './register.schema.js'
import type { FollowUpGround } from './register.table.js'

/** 两高规定 第十四条: the upper court answers the upper procuratorate's 检察建议 within three months. */
export const ESCALATION_MONTHS = 3

type Outcome = { ok: true } | { ok: false; errors: FormErrors }

/**
 * One 跟进监督 step on a 检察建议 that calls for one: a 督促回复函 (reviewer or leader), 提请上一级人民
 * 检察院跟进监督 with its numbered notice and PDF (a leader's decision), or a new 检察建议 drafted for
 * the same cases (approved like any other). The step, its clock, its file and its audit row commit
 * together; a PDF stored for a failed transaction is removed again.
 */
export async function takeFollowUp(
  deps: Deps,
  actor: StaffActor,
  site: SiteView,
  id: string,
  form: FollowUpForm,
): Promise<Outcome> {
  if (!isUuid(id)) throw new NotFound('没有找到这份检察建议。')
  if (form.kind === 'escalate' && !actor.staff.roles.includes('leader'))
    throw new AppError(403, 'forbidden', '提请上一级人民检察院跟进监督须由院领导决定。')
  const stored: string[] = []
  try {
    return await deps.db.transaction().execute(async (trx): Promise<Outcome> => {
      const facts = await findGroundFacts(trx, id, true)
      if (!facts) throw new NotFound('没有找到这份检察建议。')
      if (facts.version !== form.version)
        throw new StaleVersion('这份检察建议已被更新，请刷新后再操作。')
      const today = todayInChina(deps.clock.now())
      const ground = followUpGround(facts, today)
      if (!ground) throw new AppError(409, 'conflict', '这份检察建议目前没有需要跟进监督的情形。')
      const step = await stepOf(trx, deps, actor, site, id, form, ground, stored)
      await trx
        .insertInto('recommendation_follow_ups')
        .values({
          recommendation_id: id,
          kind: form.kind,
          ground,
          taken_on: today,
          note: form.note || null,
          recorded_by: actor.staff.id,
          recorded_at: deps.clock.now(),
          ...step,
        })
        .execute()
      await trx
        .updateTable('recommendations')
        .set((eb) => ({ version: eb('version', '+', 1) }))
        .where('id', '=', id)
        .execute()
      await auditRecommendation(trx, deps, actor, 'recommendation.follow_up', id, {
        kind: form.kind,
        ground,
        number: step.number ?? null,
        due: step.due ?? null,
      })
      return { ok: true }
    })
  } catch (err) {
    await Promise.all(stored.map((f) => deps.fileStore.remove(f).catch(() => undefined)))
    throw err
  }
}

type Step = {
  due?: string
  due_explanation?: string
  number?: string
  file_key?: string
  file_sha256?: string
  file_size?: number
  new_recommendation_id?: string
}

async function stepOf(
  trx: Db,
  deps: Deps,
  actor: StaffActor,
  site: SiteView,
  id: string,
  form: FollowUpForm,
  ground: FollowUpGround,
  stored: string[],
): Promise<Step> {
  const today = todayInChina(deps.clock.now())
  if (form.kind === 'urge_reply') {
    // no rule sets this period: the administrator's setting, said as such (docs/decisions/100-…)
    const period = await findUrgePeriod(trx)
    const due = deps.calendar.addCalendarDays(today, period.days)
    return {
      due: due.due,
      due_explanation: `督促回复期限 ${urgePeriodText(period)}：${due.explanation}`,
    }
  }
  if (form.kind === 'new_recommendation')
    return { new_recommendation_id: await draftAgain(trx, deps, actor, id) }
  const due = deps.calendar.addMonths(today, ESCALATION_MONTHS)
  const number = await takeNumber(trx, 'follow_up_request', deps.clock.now())
  const pdf = await escalationPdf(trx, deps, site, id, number, ground, form.note)
  const file = await deps.fileStore.put(Readable.from([pdf]), { maxBytes: GENERATED_PDF_MAX_BYTES })
  stored.push(file.id)
  return {
    due: due.due,
    due_explanation: `上一级人民法院三个月内回复（两高规定 第十四条），自提请之日起提示：${due.explanation}`,
    number,
    file_key: file.id,
    file_sha256: file.sha256,
    file_size: file.size,
  }
}

async function escalationPdf(
  trx: Db,
  deps: Deps,
  site: SiteView,
  id: string,
  number: string,
  ground: FollowUpGround,
  note: string | undefined,
): Promise<Buffer> {
  const rec = (await findRecommendation(trx, id))!
  return renderFollowUpRequestPdf({
    procuratorateName: site.name,
    upperName: site.upperName,
    number,
    recommendationNumber: rec.number!,
    court: rec.addressee,
    caseNumbers: rec.cases.map((c) => c.case_number).join('、'),
    servedOn: rec.served_on ?? '—',
    ground: GROUND_SENTENCE[ground],
    note: note || undefined,
    basis: citeAll(['joint14', { key: 'rules124', item: ground === 'overdue' ? 2 : 3 }]),
    issuedAt: deps.clock.now(),
  })
}

/** A new 检察建议 for the same cases and court, drafted from the old one; a leader approves it. */
async function draftAgain(trx: Db, deps: Deps, actor: StaffActor, id: string): Promise<string> {
  const rec = (await findRecommendation(trx, id))!
  return insertRecommendation(
    trx,
    {
      kind: rec.kind,
      origin: 'register',
      application_id: null,
      status: 'drafted',
      addressee: rec.addressee,
      addressee_court_code: rec.addressee_court_code,
      violations: rec.violations,
      recommendation: rec.recommendation,
      legal_basis: rec.legal_basis,
      drafted_by: actor.staff.id,
      drafted_at: deps.clock.now(),
    },
    rec.cases.map((c) => ({ caseNumber: c.case_number, applicationId: c.application_id })),
  )
}
