import type { Deps } from '../../deps.js'
import { NotFound, TransitionRefused } from '../../errors.js'
import type { FormErrors } from '../../http/form.js'
import { isUuid } from '../../kernel/ids.js'
import type { StaffActor } from '../../staff/staff-actor.js'
import { auditCollab } from '../common/collab-audit.js'
import { notAhead } from '../referrals/referral.service.js'
import {
  insertHandling,
  insertPetition,
  lockPetition,
  updatePetition,
} from './petition.repository.js'
import type { ExtendForm, HandlingForm, OutcomeForm, PetitionForm } from './petition.schema.js'
import type { PetitionRow } from './petition.table.js'

type Result = { ok: true; id: string } | { ok: false; errors: FormErrors }

/** The 信访人's phone and ID number are encrypted at rest like applicants' and never audited in clear. */
export async function createPetition(
  deps: Deps,
  actor: StaffActor,
  form: PetitionForm,
): Promise<Result> {
  const ahead = notAhead(deps, form.receivedOn, '收到日期')
  if (ahead) return { ok: false, errors: { receivedOn: ahead } }
  const now = deps.clock.now()
  const id = await deps.db.transaction().execute(async (trx) => {
    const id = await insertPetition(trx, {
      petitioner_name: form.petitionerName,
      petitioner_phone_encrypted: deps.fieldCrypto.encrypt(form.petitionerPhone),
      petitioner_id_encrypted: form.petitionerId
        ? deps.fieldCrypto.encrypt(form.petitionerId)
        : null,
      channel: form.channel,
      received_on: form.receivedOn,
      court_name: form.courtName,
      court_case_number: form.courtCaseNumber ?? null,
      complaint: form.complaint,
      created_by: actor.staff.id,
      created_at: now,
    })
    await auditCollab(trx, actor, now, {
      action: 'petition.create',
      type: 'collab_petition',
      id,
      details: { channel: form.channel },
    })
    return id
  })
  return { ok: true, id }
}

type Step = (row: PetitionRow) => Promise<FormErrors | undefined> | FormErrors | undefined

/** A change to an open petition, locked, with its audit row; a closed one refuses (409). */
async function changeOpenPetition(
  deps: Deps,
  actor: StaffActor,
  id: string,
  action: 'petition.notify' | 'petition.joint_handling' | 'petition.extend' | 'petition.outcome',
  step: (trx: Deps['db'], now: Date) => Step,
): Promise<Result> {
  if (!isUuid(id)) throw new NotFound('没有找到这件信访。')
  const now = deps.clock.now()
  return deps.db.transaction().execute(async (trx) => {
    const row = await lockPetition(trx, id)
    if (!row) throw new NotFound('没有找到这件信访。')
    if (row.outcome) throw new TransitionRefused('这件信访已经办结，不能再更改。')
    const errors = await step(trx, now)(row)
    if (errors) return { ok: false as const, errors }
    await auditCollab(trx, actor, now, { action, type: 'collab_petition', id })
    return { ok: true as const, id }
  })
}

function dayErrors(deps: Deps, row: PetitionRow, field: string, day: string, label: string) {
  const ahead = notAhead(deps, day, label)
  if (ahead) return { [field]: ahead }
  if (day < row.received_on) return { [field]: `${label}不能早于收到日期（${row.received_on}）` }
  return undefined
}

export function addHandling(deps: Deps, actor: StaffActor, id: string, form: HandlingForm) {
  return changeOpenPetition(
    deps,
    actor,
    id,
    'petition.joint_handling',
    (trx, now) => async (row) => {
      const errors = dayErrors(deps, row, 'handledOn', form.handledOn, '会同处理日期')
      if (errors) return errors
      await insertHandling(trx, {
        petition_id: row.id,
        handled_on: form.handledOn,
        who: form.who,
        what: form.what,
        recorded_by: actor.staff.id,
        recorded_at: now,
      })
      return undefined
    },
  )
}

export function recordNotice(deps: Deps, actor: StaffActor, id: string, notifiedOn: string) {
  return changeOpenPetition(deps, actor, id, 'petition.notify', (trx) => async (row) => {
    if (row.notified_on) throw new TransitionRefused('已经登记过书面告知。')
    const errors = dayErrors(deps, row, 'notifiedOn', notifiedOn, '书面告知日期')
    if (errors) return errors
    await updatePetition(trx, row.id, { notified_on: notifiedOn })
    return undefined
  })
}

/** 信访工作条例 第三十四条: one extension, of at most 30 days, with reasons told to the 信访人. */
export function extendPetition(deps: Deps, actor: StaffActor, id: string, form: ExtendForm) {
  return changeOpenPetition(deps, actor, id, 'petition.extend', (trx) => async (row) => {
    if (row.extended_on) throw new TransitionRefused('办理期限只能延长一次。')
    const errors = dayErrors(deps, row, 'extendedOn', form.extendedOn, '批准延长日期')
    if (errors) return errors
    await updatePetition(trx, row.id, {
      extended_on: form.extendedOn,
      extension_reason: form.reason,
    })
    return undefined
  })
}

export function recordOutcome(deps: Deps, actor: StaffActor, id: string, form: OutcomeForm) {
  return changeOpenPetition(deps, actor, id, 'petition.outcome', (trx) => async (row) => {
    const errors = dayErrors(deps, row, 'outcomeOn', form.outcomeOn, '办结日期')
    if (errors) return errors
    await updatePetition(trx, row.id, {
      outcome: form.outcome,
      outcome_on: form.outcomeOn,
      outcome_reasons: form.reasons ?? null,
    })
    return undefined
  })
}
