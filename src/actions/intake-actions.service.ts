import type { Deps } from '../deps.js'
import { recordedActor, type StaffActor } from '../staff/staff-actor.js'
import { requestSupplement } from '../supplements/supplement.service.js'
import { changeStage } from '../workflow/stage-change.service.js'
import { supplementItems, type SupplementForm } from './intake-actions.schema.js'
import {
  NON_ACCEPTANCE_GROUNDS,
  type NonAcceptanceGround,
  type ReferralRoute,
} from '../notices/notice-content.js'

/** 受理: the 受理通知书 goes out with the stage change (规则 第三十三条: within 3 days). */
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
    notice: ACCEPTANCE_NOTICE,
  })
}

type RefuseForm = { version: number; grounds: NonAcceptanceGround[]; explanation: string }
type ReferForm = { version: number; route: ReferralRoute; organ: string; reason: string }

/** The notices the intake decisions issue, built once for the preview and for the issue. */
export const ACCEPTANCE_NOTICE = { kind: 'acceptance_notice', fields: {} } as const

export function nonAcceptanceNotice(form: RefuseForm) {
  return {
    kind: 'non_acceptance_notice' as const,
    fields: {
      grounds: form.grounds.map((g) => NON_ACCEPTANCE_GROUNDS[g].text).filter(Boolean),
      explanation: form.explanation,
    },
  }
}

export function referralNotice(form: ReferForm) {
  return {
    kind: 'referral_notice' as const,
    fields: { route: form.route, organ: form.organ, reason: form.reason },
  }
}

/** The 补正通知书 as requestSupplement issues it. */
export function supplementNotice(form: SupplementForm) {
  return {
    kind: 'supplement_notice' as const,
    fields: { items: supplementItems(form), days: form.days },
  }
}

export async function refuseApplication(
  deps: Deps,
  actor: StaffActor,
  id: string,
  form: RefuseForm,
) {
  await changeStage(deps, {
    applicationId: id,
    action: 'not_accept',
    actor: recordedActor(actor),
    expectedVersion: form.version,
    ip: actor.ip,
    publicNote: '本院决定不予受理，理由见不予受理通知书。',
    notice: nonAcceptanceNotice(form),
  })
}

export async function referApplication(deps: Deps, actor: StaffActor, id: string, form: ReferForm) {
  const go = form.route === 'procuratorate' ? '申请监督' : '反映'
  await changeStage(deps, {
    applicationId: id,
    action: 'refer',
    actor: recordedActor(actor),
    expectedVersion: form.version,
    ip: actor.ip,
    publicNote: `请向${form.organ}${go}，详见告知书。`,
    notice: referralNotice(form),
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
