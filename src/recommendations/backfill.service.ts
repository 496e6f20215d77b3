import { sql } from 'kysely'
import type { Db } from '../db/database.js'
import type { Deps } from '../deps.js'
import type { FormErrors } from '../http/form.js'
import { todayInChina } from '../kernel/china-time.js'
import type { SiteView } from '../site/site-view.js'
import type { StaffActor } from '../staff/staff-actor.js'
import { numberSequence, type BackfillForm } from './backfill.schema.js'
import { REPLY_MONTHS } from './delivery.service.js'
import { auditRecommendation } from './register-audit.js'
import { insertRecommendation } from './register.repository.js'
import type { RegisterDraftForm } from './register.schema.js'
import { TRANSFER_DAYS } from './register.service.js'

type Outcome = { ok: true; id: string } | { ok: false; errors: FormErrors }

/**
 * A 检察建议 issued before the system existed, entered from the paper register with the number and
 * day it was given then, and its service if the court has received it (the reply clock then runs
 * from that day, 两高规定 第十三条). It is marked `backfilled` on the row and in the audit. When its
 * number is written like this system's, the year's counter moves past it, so the system never
 * issues the same number again.
 */
export async function backfillRecommendation(
  deps: Deps,
  actor: StaffActor,
  site: SiteView,
  draft: RegisterDraftForm,
  form: BackfillForm,
): Promise<Outcome> {
  const court = site.courts.find((c) => c.code === draft.court)
  if (draft.kind !== 'social_governance' && !court)
    return { ok: false, errors: { court: '请从本院监督的法院中选择接收检察建议的同级人民法院' } }
  const today = todayInChina(deps.clock.now())
  if (form.decidedOn > today) return { ok: false, errors: { decidedOn: '决定日期不能晚于今天' } }
  if (form.servedOn && form.servedOn > today)
    return { ok: false, errors: { servedOn: '法院收到检察建议书的日期不能晚于今天' } }
  try {
    return await insertBackfill(deps, actor, court, draft, form)
  } catch (err) {
    // two people entering the same paper number at once: the second meets the unique number
    if ((err as { code?: string }).code === '23505')
      return { ok: false, errors: { number: `文号“${form.number}”已经在台账中，请核对` } }
    throw err
  }
}

function insertBackfill(
  deps: Deps,
  actor: StaffActor,
  court: SiteView['courts'][number] | undefined,
  draft: RegisterDraftForm,
  form: BackfillForm,
): Promise<Outcome> {
  return deps.db.transaction().execute(async (trx): Promise<Outcome> => {
    if (await numberTaken(trx, form.number))
      return { ok: false, errors: { number: `文号“${form.number}”已经在台账中，请核对` } }
    const reply = form.servedOn ? deps.calendar.addMonths(form.servedOn, REPLY_MONTHS) : undefined
    const id = await insertRecommendation(
      trx,
      {
        kind: draft.kind,
        origin: draft.kind === 'individual' ? 'ex_officio' : 'register',
        application_id: null,
        status: form.servedOn ? 'awaiting_reply' : 'awaiting_service',
        number: form.number,
        decided_on: form.decidedOn,
        transfer_due: deps.calendar.addCalendarDays(form.decidedOn, TRANSFER_DAYS).due,
        served_on: form.servedOn ?? null,
        service_method: form.method ?? null,
        reply_due: reply?.due ?? null,
        reply_due_explanation: reply
          ? `${reply.explanation}（自法院收到检察建议书之日起算）`
          : null,
        addressee: court?.name ?? draft.organ!,
        addressee_court_code: draft.kind === 'social_governance' ? null : court!.code,
        violations: draft.violations,
        recommendation: draft.recommendation,
        legal_basis: draft.legalBasis,
        drafted_by: actor.staff.id,
        drafted_at: deps.clock.now(),
        backfilled: true,
      },
      draft.caseNumbers.map((caseNumber) => ({ caseNumber, applicationId: null })),
    )
    await moveCounterPast(trx, form.number)
    await auditRecommendation(trx, deps, actor, 'recommendation.backfill', id, {
      backfilled: true,
      number: form.number,
      decidedOn: form.decidedOn,
      servedOn: form.servedOn ?? null,
    })
    return { ok: true, id }
  })
}

async function numberTaken(db: Db, number: string): Promise<boolean> {
  const row = await db
    .selectFrom('recommendations')
    .select('id')
    .where('number', '=', number)
    .executeTakeFirst()
  return row !== undefined
}

async function moveCounterPast(db: Db, number: string): Promise<void> {
  const n = numberSequence(number)
  if (!n) return
  await sql`
    insert into document_number_counters (kind, year, last)
    values ('recommendation_letter', ${n.year}, ${n.seq})
    on conflict (kind, year) do update
      set last = greatest(document_number_counters.last, excluded.last)`.execute(db)
}
