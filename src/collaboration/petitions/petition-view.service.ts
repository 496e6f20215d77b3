import type { Deps } from '../../deps.js'
import { NotFound } from '../../errors.js'
import { todayInChina } from '../../kernel/china-time.js'
import { isUuid } from '../../kernel/ids.js'
import { formatTrackingCode } from '../../kernel/tracking-code.js'
import { maskName } from '../../queue/mask-name.js'
import type { StaffActor } from '../../staff/staff-actor.js'
import { auditCollab } from '../common/collab-audit.js'
import { findPeriodSettings } from '../referrals/referral.repository.js'
import { petitionClocks, type PetitionDue, type PetitionPeriods } from './petition-clock.js'
import {
  findConvertedApplication,
  findHandlings,
  findPetition,
  findPetitions,
} from './petition.repository.js'
import { CHANNEL_LABEL, OUTCOME_LABEL } from './petition.schema.js'

/** 13812345678 → 138****5678: enough to recognise, not enough to call. */
export function maskPhone(phone: string): string {
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****'
}

async function periods(deps: Deps): Promise<PetitionPeriods> {
  return (await findPeriodSettings(deps.db)) as unknown as PetitionPeriods
}

export type PetitionSummary = {
  id: string
  petitioner: string
  channel: string
  receivedOn: string
  court: string
  outcome: string | undefined
  clocks: PetitionDue[]
}

export async function listPetitions(deps: Deps): Promise<PetitionSummary[]> {
  const p = await periods(deps)
  const today = todayInChina(deps.clock.now())
  const rows = await findPetitions(deps.db, 200)
  return rows.map((r) => ({
    id: r.id,
    petitioner: maskName(r.petitioner_name, 'person'),
    channel: CHANNEL_LABEL[r.channel],
    receivedOn: r.received_on,
    court: `${r.court_name}${r.court_case_number ? ` ${r.court_case_number}` : ''}`,
    outcome: r.outcome ? OUTCOME_LABEL[r.outcome] : undefined,
    clocks: petitionClocks(r, p, today),
  }))
}

export type PetitionDetail = Awaited<ReturnType<typeof viewPetition>>

/** The petition with the 信访人 masked, unless `revealed` (an audited act, revealPetitioner). */
export async function viewPetition(
  deps: Deps,
  id: string,
  revealed?: { phone: string; idNumber: string | undefined },
) {
  const row = isUuid(id) ? await findPetition(deps.db, id) : undefined
  if (!row) throw new NotFound('没有找到这件信访。')
  const today = todayInChina(deps.clock.now())
  const app = row.draft_id ? await findConvertedApplication(deps.db, row.draft_id) : undefined
  return {
    id: row.id,
    petitioner: revealed ? row.petitioner_name : maskName(row.petitioner_name, 'person'),
    phone: revealed
      ? revealed.phone
      : maskPhone(deps.fieldCrypto.decrypt(row.petitioner_phone_encrypted)),
    idNumber: revealed
      ? revealed.idNumber
      : row.petitioner_id_encrypted
        ? '已登记（已隐藏）'
        : undefined,
    revealed: Boolean(revealed),
    channel: CHANNEL_LABEL[row.channel],
    receivedOn: row.received_on,
    court: row.court_name,
    courtCaseNumber: row.court_case_number ?? undefined,
    complaint: row.complaint,
    notifiedOn: row.notified_on ?? undefined,
    extension: row.extended_on ? { on: row.extended_on, reason: row.extension_reason! } : undefined,
    outcome: row.outcome
      ? {
          label: OUTCOME_LABEL[row.outcome],
          on: row.outcome_on!,
          reasons: row.outcome_reasons ?? undefined,
        }
      : undefined,
    converted: row.draft_id
      ? {
          trackingCode: app ? formatTrackingCode(app.tracking_code) : undefined,
          applicationId: app?.id,
        }
      : undefined,
    clocks: petitionClocks(row, await periods(deps), today),
    handlings: (await findHandlings(deps.db, id)).map((h) => ({
      on: h.handled_on,
      who: h.who,
      what: h.what,
    })),
  }
}

/** Shows the 信访人's name, phone and ID number in full, once, and records who looked. */
export async function revealPetitioner(deps: Deps, actor: StaffActor, id: string) {
  const row = isUuid(id) ? await findPetition(deps.db, id) : undefined
  if (!row) throw new NotFound('没有找到这件信访。')
  await auditCollab(deps.db, actor, deps.clock.now(), {
    action: 'petition.reveal_identifier',
    type: 'collab_petition',
    id: row.id,
    details: { fields: row.petitioner_id_encrypted ? ['phone', 'id_number'] : ['phone'] },
  })
  return viewPetition(deps, id, {
    phone: deps.fieldCrypto.decrypt(row.petitioner_phone_encrypted),
    idNumber: row.petitioner_id_encrypted
      ? deps.fieldCrypto.decrypt(row.petitioner_id_encrypted)
      : undefined,
  })
}
