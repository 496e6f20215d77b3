import type { Deps } from '../deps.js'
import { recordedActor, type StaffActor } from '../staff/staff-actor.js'
import { requestSupplement } from '../supplements/supplement.service.js'
import { changeStage } from '../workflow/stage-change.service.js'
import { supplementItems, type SupplementForm } from './intake-actions.schema.js'
import { NON_ACCEPTANCE_GROUNDS, type NonAcceptanceGround } from '../notices/notice-content.js'

/** 受理: the 受理通知书 goes out with the stage change (2013 试行 第三十七条: within 3 days). */
export async function acceptApplication(
  deps: Deps,
  actor: StaffActor,
  id: string,
  version: number,
) {
  await changeStage(deps, {
    applicationId: id,
    action: 'accept',
    actor: recordedActor(actor),
    expectedVersion: version,
    ip: actor.ip,
    notice: { kind: 'acceptance_notice', fields: {} },
  })
}

export async function refuseApplication(
  deps: Deps,
  actor: StaffActor,
  id: string,
  form: { version: number; grounds: NonAcceptanceGround[]; explanation: string },
) {
  await changeStage(deps, {
    applicationId: id,
    action: 'not_accept',
    actor: recordedActor(actor),
    expectedVersion: form.version,
    ip: actor.ip,
    publicNote: '本院决定不予受理，理由见不予受理通知书。',
    notice: {
      kind: 'non_acceptance_notice',
      fields: {
        grounds: form.grounds.map((g) => NON_ACCEPTANCE_GROUNDS[g].text).filter(Boolean),
        explanation: form.explanation,
      },
    },
  })
}

export async function referApplication(
  deps: Deps,
  actor: StaffActor,
  id: string,
  form: { version: number; organ: string; reason: string },
) {
  await changeStage(deps, {
    applicationId: id,
    action: 'refer',
    actor: recordedActor(actor),
    expectedVersion: form.version,
    ip: actor.ip,
    publicNote: `请向${form.organ}申请监督或者反映，详见告知书。`,
    notice: { kind: 'referral_notice', fields: { organ: form.organ, reason: form.reason } },
  })
}

/** 补正 through the existing service, which issues the 补正通知书 in its transaction. */
export async function askForSupplement(
  deps: Deps,
  actor: StaffActor,
  id: string,
  form: SupplementForm,
) {
  await requestSupplement(deps, {
    applicationId: id,
    items: supplementItems(form),
    days: form.days,
    staff: actor.staff,
    expectedVersion: form.version,
    ip: actor.ip,
  })
}
