import type { DraftAnswers } from '../../applications/application-answers.js'
import type { Deps } from '../../deps.js'
import { TransitionRefused } from '../../errors.js'
import { todayInChina } from '../../kernel/china-time.js'
import { isUuid } from '../../kernel/ids.js'
import type { StaffActor } from '../../staff/staff-actor.js'
import { auditCollab } from '../common/collab-audit.js'
import { findPetition, lockPetition, updatePetition } from './petition.repository.js'

/** What the counter page shows and pre-fills when it starts from a petition. */
export type CounterPetition = {
  id: string
  petitioner: string
  court: string
  courtCaseNumber: string | undefined
  complaint: string
  /** the supervised court's code, when the petition names one */
  courtCode: string | undefined
}

/** An open petition the counter may convert, or undefined (then the counter starts as usual). */
export async function petitionForCounter(
  deps: Deps,
  id: string | undefined,
): Promise<CounterPetition | undefined> {
  const row = id && isUuid(id) ? await findPetition(deps.db, id) : undefined
  if (!row || row.outcome) return undefined
  const court = deps.siteSettings.current().courts.find((c) => c.name === row.court_name)
  return {
    id: row.id,
    petitioner: row.petitioner_name,
    court: row.court_name,
    courtCaseNumber: row.court_case_number ?? undefined,
    complaint: row.complaint,
    courtCode: court?.code,
  }
}

/**
 * The wizard's answers pre-filled from the petition: the phone the 信访人 gave (the contact page
 * still asks for consent to electronic service, so the step stays open for the applicant).
 */
export async function petitionDraftAnswers(deps: Deps, id: string): Promise<Partial<DraftAnswers>> {
  const row = await findPetition(deps.db, id)
  if (!row) return {}
  const mobile = deps.fieldCrypto.decrypt(row.petitioner_phone_encrypted)
  return { contact: { mobile } as DraftAnswers['contact'] }
}

/**
 * 转为监督申请: the petition closes with that outcome and keeps the counter draft it started; the
 * application the draft becomes carries the tracking code (诉访分离: a matter for the 法律监督程序
 * goes to that procedure, docs/domain-rules.md §7.4). A petition converts once (409 after).
 */
export async function linkPetitionDraft(
  deps: Deps,
  actor: StaffActor,
  petitionId: string,
  draftId: string,
) {
  const now = deps.clock.now()
  await deps.db.transaction().execute(async (trx) => {
    const row = await lockPetition(trx, petitionId)
    if (!row || row.outcome) throw new TransitionRefused('这件信访已经办结或已转为监督申请。')
    await updatePetition(trx, petitionId, {
      outcome: 'converted',
      outcome_on: todayInChina(now),
      draft_id: draftId,
    })
    await auditCollab(trx, actor, now, {
      action: 'petition.convert',
      type: 'collab_petition',
      id: petitionId,
      details: { draftId },
    })
  })
}
