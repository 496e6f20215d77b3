import type { Generated, Selectable } from 'kysely'

export const RECORDED_ACTIONS = [
  'start_review',
  'suspend',
  'resume',
  'escalate',
  'decide_not_supported',
  'terminate',
  'close',
  'court_extension',
] as const
export type RecordedAction = (typeof RECORDED_ACTIONS)[number]

export interface ReviewRecordsTable {
  id: Generated<string>
  application_id: string
  action: RecordedAction
  ground: string | null
  detail: string | null
  explanation: string | null
  staff_id: string
  recorded_at: Date
  application_version: number
}

export type DraftStatus = 'drafted' | 'approved' | 'returned'

export interface RecommendationDraftsTable {
  id: Generated<string>
  application_id: string
  status: DraftStatus
  court_name: string
  violations: string
  recommendation: string
  legal_basis: string
  drafted_by: string
  drafted_at: Date
  /** every staff id that saved this draft (security review F22); none of them may decide on it */
  editor_ids: Generated<string[]>
  decided_by: string | null
  decided_at: Date | null
  return_comment: string | null
  version: Generated<number>
}

export type RecommendationDraftRow = Selectable<RecommendationDraftsTable>

export const REPLY_OUTCOMES = ['adopted', 'partly_adopted', 'not_adopted'] as const
export type ReplyOutcome = (typeof REPLY_OUTCOMES)[number]

export interface CourtRepliesTable {
  id: Generated<string>
  application_id: string
  /** date, read as text */
  replied_on: string
  outcome: ReplyOutcome
  note: string | null
  material_id: string
  recorded_by: string
  recorded_at: Date
}
