import type {
  CollabActionItemsTable,
  CollabMeetingCasesTable,
  CollabMeetingExchangesTable,
  CollabMeetingsTable,
} from './meetings/meeting.table.js'
import type {
  CollabPeriodSettingsTable,
  CollabReferralConsultationsTable,
  CollabReferralsTable,
} from './referrals/referral.table.js'
import type {
  CollabPetitionHandlingsTable,
  CollabPetitionsTable,
} from './petitions/petition.table.js'
import type { CollabEscalationsTable } from './escalations/escalation.table.js'

/** The collaboration ledger's tables (issue 16), joined into the Database interface in one line. */
export interface CollabTables {
  collab_meetings: CollabMeetingsTable
  collab_meeting_exchanges: CollabMeetingExchangesTable
  collab_meeting_cases: CollabMeetingCasesTable
  collab_action_items: CollabActionItemsTable
  collab_period_settings: CollabPeriodSettingsTable
  collab_referrals: CollabReferralsTable
  collab_referral_consultations: CollabReferralConsultationsTable
  collab_petitions: CollabPetitionsTable
  collab_petition_handlings: CollabPetitionHandlingsTable
  collab_escalations: CollabEscalationsTable
}
