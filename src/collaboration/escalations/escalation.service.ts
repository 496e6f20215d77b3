import type { Deps } from '../../deps.js'
import { NotFound, TransitionRefused } from '../../errors.js'
import type { FormErrors } from '../../http/form.js'
import { isUuid } from '../../kernel/ids.js'
import { formatDocumentNumber, numberYear } from '../../notices/document-number.js'
import type { StaffActor } from '../../staff/staff-actor.js'
import { auditCollab } from '../common/collab-audit.js'
import { findNumberAbbreviation, nextCollabSequence } from '../referrals/referral.repository.js'
import { notAhead } from '../referrals/referral.service.js'
import { insertEscalation, lockEscalation, setGuidance } from './escalation.repository.js'
import type { EscalationForm, GuidanceForm } from './escalation.schema.js'

/** 请示报告 numbers: the site's abbreviation, 请 for the kind, the year and the sequence. */
export const ESCALATION_NUMBER_TEMPLATE = '{简称}检民执{类}〔{年}〕{序号}号'

type Result = { ok: true } | { ok: false; errors: FormErrors }

/** A 请示报告 on an application, numbered in the same transaction as it is recorded. */
export async function createEscalation(
  deps: Deps,
  actor: StaffActor,
  applicationId: string,
  form: EscalationForm,
): Promise<Result> {
  const ahead = notAhead(deps, form.sentOn, '报送日期')
  if (ahead) return { ok: false, errors: { sentOn: ahead } }
  const now = deps.clock.now()
  await deps.db.transaction().execute(async (trx) => {
    const year = numberYear(now)
    const number = formatDocumentNumber(ESCALATION_NUMBER_TEMPLATE, {
      abbreviation: await findNumberAbbreviation(trx),
      typeCode: '请',
      year,
      sequence: await nextCollabSequence(trx, 'escalation_report', year),
    })
    const id = await insertEscalation(trx, {
      application_id: applicationId,
      number,
      reason: form.reason,
      question: form.question,
      sent_on: form.sentOn,
      created_by: actor.staff.id,
      created_at: now,
    })
    await auditCollab(trx, actor, now, {
      action: 'escalation.create',
      type: 'collab_escalation',
      id,
      details: { applicationId, number, reason: form.reason },
    })
  })
  return { ok: true }
}

/** The 市院's guidance, once; returns the application to go back to. */
export async function recordGuidance(
  deps: Deps,
  actor: StaffActor,
  id: string,
  form: GuidanceForm,
): Promise<
  { ok: true; applicationId: string } | { ok: false; errors: FormErrors; applicationId: string }
> {
  if (!isUuid(id)) throw new NotFound('没有找到这份请示报告。')
  const now = deps.clock.now()
  return deps.db.transaction().execute(async (trx) => {
    const row = await lockEscalation(trx, id)
    if (!row) throw new NotFound('没有找到这份请示报告。')
    if (row.guidance_on) throw new TransitionRefused('已经登记过市院的答复。')
    const applicationId = row.application_id
    const ahead = notAhead(deps, form.guidanceOn, '收到答复的日期')
    if (ahead) return { ok: false as const, errors: { guidanceOn: ahead }, applicationId }
    if (form.guidanceOn < row.sent_on)
      return {
        ok: false as const,
        errors: { guidanceOn: `收到答复的日期不能早于报送日期（${row.sent_on}）` },
        applicationId,
      }
    await setGuidance(trx, id, form.guidance, form.guidanceOn)
    await auditCollab(trx, actor, now, {
      action: 'escalation.guidance',
      type: 'collab_escalation',
      id,
    })
    return { ok: true as const, applicationId }
  })
}
