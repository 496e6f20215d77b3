import type { Deps } from '../../deps.js'
import { NotFound, TransitionRefused } from '../../errors.js'
import type { FormErrors } from '../../http/form.js'
import { todayInChina } from '../../kernel/china-time.js'
import { isUuid } from '../../kernel/ids.js'
import { parseTrackingCode } from '../../kernel/tracking-code.js'
import { formatDocumentNumber, numberYear } from '../../notices/document-number.js'
import type { StaffActor } from '../../staff/staff-actor.js'
import { auditCollab } from '../common/collab-audit.js'
import type { ReferralRow } from './referral.table.js'
import { referralClock, type ReferralPeriods } from './referral-clock.js'
import {
  findApplicationByCode,
  findNumberAbbreviation,
  findPeriodSettings,
  insertConsultation,
  insertReferral,
  lockReferral,
  nextReferralSequence,
  updateReferral,
} from './referral.repository.js'
import type { ConsultationForm, ReferralForm, SendForm } from './referral.schema.js'

/** 移送函 numbers: the site's abbreviation, 移 for the kind, the year and the sequence. */
export const REFERRAL_NUMBER_TEMPLATE = '{简称}检民执{类}〔{年}〕{序号}号'
const REFERRAL_TYPE_CODE = '移'

type Result = { ok: true; id: string } | { ok: false; errors: FormErrors }

export function notAhead(deps: Deps, day: string, label: string): string | undefined {
  const today = todayInChina(deps.clock.now())
  return day > today ? `${label}不能晚于今天（${today}）` : undefined
}

export async function createReferral(
  deps: Deps,
  actor: StaffActor,
  form: ReferralForm,
): Promise<Result> {
  let applicationId: string | null = null
  if (form.trackingCode) {
    const parsed = parseTrackingCode(form.trackingCode)
    const app = parsed.ok ? await findApplicationByCode(deps.db, parsed.value) : undefined
    if (!app)
      return {
        ok: false,
        errors: {
          trackingCode: parsed.ok ? `没有查询码为 ${parsed.value} 的申请` : parsed.message,
        },
      }
    applicationId = app.id
  }
  const now = deps.clock.now()
  const id = await deps.db.transaction().execute(async (trx) => {
    const id = await insertReferral(trx, {
      crime: form.crime,
      source: applicationId ? 'application' : 'manual',
      application_id: applicationId,
      court_case_number: form.courtCaseNumber ?? null,
      suspect_name: form.suspectName,
      suspect_type: form.suspectType,
      facts: form.facts,
      found_by: form.foundBy,
      created_by: actor.staff.id,
      created_at: now,
    })
    await auditCollab(trx, actor, now, {
      action: 'referral.create',
      type: 'collab_referral',
      id,
      details: { crime: form.crime, source: applicationId ? 'application' : 'manual' },
    })
    return id
  })
  return { ok: true, id }
}

/** Runs `change` on the locked referral with its audit row; a missing one is a 404. */
async function changeReferral(
  deps: Deps,
  id: string,
  change: (trx: Deps['db'], row: ReferralRow, now: Date) => Promise<void>,
): Promise<void> {
  if (!isUuid(id)) throw new NotFound('没有找到这条线索。')
  const now = deps.clock.now()
  await deps.db.transaction().execute(async (trx) => {
    const row = await lockReferral(trx, id)
    if (!row) throw new NotFound('没有找到这条线索。')
    await change(trx, row, now)
  })
}

export async function addConsultation(
  deps: Deps,
  actor: StaffActor,
  id: string,
  form: ConsultationForm,
): Promise<Result> {
  const ahead = notAhead(deps, form.heldOn, '研判日期')
  if (ahead) return { ok: false, errors: { heldOn: ahead } }
  await changeReferral(deps, id, async (trx, row, now) => {
    const cid = await insertConsultation(trx, {
      referral_id: row.id,
      kind: form.kind,
      held_on: form.heldOn,
      participants: form.participants,
      conclusion: form.conclusion,
      disagreements: form.disagreements ?? null,
      recorded_by: actor.staff.id,
      recorded_at: now,
    })
    await auditCollab(trx, actor, now, {
      action: 'referral.analysis',
      type: 'collab_referral',
      id: row.id,
      details: { consultation: cid, kind: form.kind, disagreements: Boolean(form.disagreements) },
    })
  })
  return { ok: true, id }
}

/** Sends the lead to the police once: the 移送函 gets its number in the same transaction. */
export async function sendReferral(
  deps: Deps,
  actor: StaffActor,
  id: string,
  form: SendForm,
): Promise<Result> {
  const ahead = notAhead(deps, form.sentOn, '移送日期')
  if (ahead) return { ok: false, errors: { sentOn: ahead } }
  await changeReferral(deps, id, async (trx, row, now) => {
    if (row.sent_on) throw new TransitionRefused('这条线索已经移送，不能重复移送。')
    const year = numberYear(now)
    const number = formatDocumentNumber(REFERRAL_NUMBER_TEMPLATE, {
      abbreviation: await findNumberAbbreviation(trx),
      typeCode: REFERRAL_TYPE_CODE,
      year,
      sequence: await nextReferralSequence(trx, year),
    })
    await updateReferral(trx, row.id, {
      police_organ: form.policeOrgan,
      sent_on: form.sentOn,
      evidence: form.evidence,
      letter_number: number,
    })
    await auditCollab(trx, actor, now, {
      action: 'referral.send',
      type: 'collab_referral',
      id: row.id,
      details: { number, evidence: form.evidence.length },
    })
  })
  return { ok: true, id }
}

export async function referralPeriods(deps: Deps): Promise<ReferralPeriods> {
  return (await findPeriodSettings(deps.db)) as unknown as ReferralPeriods
}

export function clockOf(deps: Deps, row: ReferralRow, periods: ReferralPeriods) {
  return referralClock(row, periods, todayInChina(deps.clock.now()))
}
