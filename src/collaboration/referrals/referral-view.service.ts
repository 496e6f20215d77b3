import { renderReferralLetterPdf } from '../../../views/documents/referral-letter.js'
import type { Deps } from '../../deps.js'
import { NotFound } from '../../errors.js'
import { isUuid } from '../../kernel/ids.js'
import { formatTrackingCode } from '../../kernel/tracking-code.js'
import { maskName } from '../../queue/mask-name.js'
import type { StaffActor } from '../../staff/staff-actor.js'
import { auditCollab } from '../common/collab-audit.js'
import type { ReferralClock } from './referral-clock.js'
import { findConsultations, findReferral, findReferrals } from './referral.repository.js'
import { clockOf, referralPeriods } from './referral.service.js'
import {
  CONSULTATION_LABEL,
  CRIMES,
  FOUND_BY_LABEL,
  POLICE_DECISION_LABEL,
  SUPERVISION_BASIS,
} from './referral-text.js'

export type ReferralSummary = {
  id: string
  crime: string
  suspect: string
  trackingCode: string | undefined
  letterNumber: string | undefined
  stage: string
  due: string | undefined
  prompt: boolean
}

/** The list: suspects masked, the stage and the running clock of each lead. */
export async function listReferrals(deps: Deps): Promise<ReferralSummary[]> {
  const periods = await referralPeriods(deps)
  const rows = await findReferrals(deps.db, 200)
  return rows.map((r) => {
    const clock = clockOf(deps, r, periods)
    return {
      id: r.id,
      crime: CRIMES[r.crime].label,
      suspect: maskName(r.suspect_name, r.suspect_type),
      trackingCode: r.tracking_code ? formatTrackingCode(r.tracking_code) : undefined,
      letterNumber: r.letter_number ?? undefined,
      stage: clock.stage,
      due: clock.due
        ? `${clock.due.label}：${clock.due.on}${clock.due.overdue ? '（已逾期）' : ''}`
        : undefined,
      prompt: Boolean(clock.supervisionPrompt),
    }
  })
}

export type ReferralDetail = Awaited<ReturnType<typeof viewReferral>>

export async function viewReferral(deps: Deps, id: string) {
  const row = isUuid(id) ? await findReferral(deps.db, id) : undefined
  if (!row) throw new NotFound('没有找到这条线索。')
  const clock: ReferralClock = clockOf(deps, row, await referralPeriods(deps))
  const consultations = await findConsultations(deps.db, id)
  return {
    id: row.id,
    crime: CRIMES[row.crime],
    suspect: row.suspect_name,
    courtCaseNumber: row.court_case_number ?? undefined,
    facts: row.facts,
    foundBy: FOUND_BY_LABEL[row.found_by],
    sent: row.sent_on
      ? {
          on: row.sent_on,
          policeOrgan: row.police_organ!,
          number: row.letter_number!,
          evidence: row.evidence ?? [],
        }
      : undefined,
    acceptedOn: row.police_accepted_on ?? undefined,
    complex: row.police_complex,
    decision: row.police_decision
      ? {
          label: POLICE_DECISION_LABEL[row.police_decision],
          on: row.police_decision_on!,
          reasons: row.police_reasons ?? undefined,
        }
      : undefined,
    supervision: row.supervision_requested_on
      ? {
          requestedOn: row.supervision_requested_on,
          answerOn: row.supervision_answer_on ?? undefined,
          answer: row.supervision_answer ?? undefined,
        }
      : undefined,
    supervisionBasis: SUPERVISION_BASIS,
    clock,
    consultations: consultations.map((c) => ({
      kind: CONSULTATION_LABEL[c.kind],
      heldOn: c.held_on,
      participants: c.participants,
      conclusion: c.conclusion,
      disagreements: c.disagreements ?? undefined,
    })),
  }
}

/** The numbered 移送函, drawn from the stored record; every download is audited. */
export async function referralLetter(deps: Deps, actor: StaffActor, id: string) {
  const row = isUuid(id) ? await findReferral(deps.db, id) : undefined
  if (!row?.sent_on || !row.letter_number || !row.police_organ)
    throw new NotFound('这条线索尚未移送，没有移送函。')
  const analyses = await findConsultations(deps.db, id)
  const pdf = await renderReferralLetterPdf({
    procuratorateName: deps.siteSettings.current().name,
    number: row.letter_number,
    policeOrgan: row.police_organ,
    crimeLabel: CRIMES[row.crime].label,
    article: CRIMES[row.crime].article,
    suspectName: row.suspect_name,
    courtCaseNumber: row.court_case_number ?? undefined,
    facts: row.facts,
    evidence: row.evidence ?? [],
    analyses: analyses.map((a) => `${a.held_on} ${CONSULTATION_LABEL[a.kind]}：${a.conclusion}`),
    sentOn: row.sent_on,
    createdAt: row.created_at,
  })
  await auditCollab(deps.db, actor, deps.clock.now(), {
    action: 'referral.letter_download',
    type: 'collab_referral',
    id: row.id,
    details: { number: row.letter_number },
  })
  return { pdf, name: `涉嫌犯罪线索移送函${row.letter_number}.pdf` }
}
