import type { Deps } from '../../deps.js'
import type { StaffRole } from '../../staff/staff-account.table.js'
import { mayWriteCollab } from '../common/collab-roles.js'
import { findMeetingsOfApplication } from '../meetings/meeting.repository.js'
import { MEETING_KIND_LABEL } from '../meetings/meeting.schema.js'
import { findReferralsOfApplication } from '../referrals/referral.repository.js'
import { CRIMES } from '../referrals/referral-text.js'
import { findEscalationsOf } from './escalation.repository.js'
import { REASON_LABEL } from './escalation.schema.js'

export type EscalationView = {
  id: string
  number: string
  reason: string
  question: string
  sentOn: string
  guidance: { text: string; on: string } | undefined
}

export function toEscalationView(
  r: Awaited<ReturnType<typeof findEscalationsOf>>[number],
): EscalationView {
  return {
    id: r.id,
    number: r.number,
    reason: REASON_LABEL[r.reason],
    question: r.question,
    sentOn: r.sent_on,
    guidance: r.guidance && r.guidance_on ? { text: r.guidance, on: r.guidance_on } : undefined,
  }
}

/** The collaboration ledger's records about one application, for its case page. */
export type CaseCollabView = {
  applicationId: string
  trackingCode: string
  mayWrite: boolean
  escalations: EscalationView[]
  referrals: { id: string; text: string }[]
  meetings: { id: string; text: string }[]
}

export async function caseCollabView(
  deps: Deps,
  app: { id: string; tracking_code: string },
  roles: readonly StaffRole[],
): Promise<CaseCollabView> {
  const meetings = await findMeetingsOfApplication(deps.db, app.id)
  const referrals = await findReferralsOfApplication(deps.db, app.id)
  return {
    applicationId: app.id,
    trackingCode: app.tracking_code,
    mayWrite: mayWriteCollab(roles),
    escalations: (await findEscalationsOf(deps.db, app.id)).map(toEscalationView),
    referrals: referrals.map((r) => ({
      id: r.id,
      text: `${CRIMES[r.crime].label}${r.letter_number ? `（移送函 ${r.letter_number}）` : '（尚未移送）'}`,
    })),
    meetings: meetings.map((m) => ({
      id: m.id,
      text: `${m.held_on} ${MEETING_KIND_LABEL[m.kind]}`,
    })),
  }
}
