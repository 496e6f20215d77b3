import type { Generated, Insertable, Selectable } from 'kysely'

/**
 * individual: one case; similar_cases: 类案, several cases (规则 第一百一十七条第一款); social_governance:
 * to another organ (规则 第一百一十七条第二款; 两高规定 第十八条).
 */
export const RECOMMENDATION_KINDS = ['individual', 'similar_cases', 'social_governance'] as const
export type RecommendationKind = (typeof RECOMMENDATION_KINDS)[number]

/** application: decided in an application's review; ex_officio / register: entered here by hand. */
export type RecommendationOrigin = 'application' | 'ex_officio' | 'register'

export type RecommendationStatus =
  'drafted' | 'returned' | 'awaiting_service' | 'awaiting_reply' | 'replied' | 'closed'

export const SERVICE_METHODS = ['direct', 'mail', 'electronic'] as const
export type ServiceMethod = (typeof SERVICE_METHODS)[number]

/** One 检察建议 (migrations/202612041000_create_recommendation_register.sql). Dates read as text. */
export interface RecommendationsTable {
  id: Generated<string>
  kind: RecommendationKind
  origin: RecommendationOrigin
  application_id: string | null
  status: RecommendationStatus
  number: string | null
  decided_on: string | null
  addressee: string
  addressee_court_code: string | null
  violations: string
  recommendation: string
  legal_basis: string
  transfer_due: string | null
  served_on: string | null
  service_method: ServiceMethod | null
  reply_due: string | null
  reply_due_explanation: string | null
  extended_on: string | null
  extension_letter: string | null
  /** the court's extension letter as stored (migrations/202612051520_…); null before that change */
  extension_file_key: string | null
  extension_file_name: string | null
  extension_file_sha256: string | null
  extension_file_size: number | null
  drafted_by: string
  drafted_at: Date
  decided_by: string | null
  return_comment: string | null
  /** entered afterwards from the paper register (migrations/202612051530_…) */
  backfilled: Generated<boolean>
  version: Generated<number>
}

export interface RecommendationCasesTable {
  recommendation_id: string
  position: number
  case_number: string
  application_id: string | null
}

export type RecommendationRow = Selectable<RecommendationsTable>
export type NewRecommendationRow = Insertable<RecommendationsTable>

export const REPLY_MEASURES = [
  'resume_execution',
  'revoke_termination',
  'release_seizure',
  'pay_out',
  'other',
] as const
export type ReplyMeasure = (typeof REPLY_MEASURES)[number]

/** The court's reply (migrations/202612041010_create_recommendation_replies.sql). */
export interface RecommendationRepliesTable {
  id: Generated<string>
  recommendation_id: string
  received_on: string
  letter_number: string
  outcome: 'adopted' | 'partly_adopted' | 'not_adopted'
  measures: ReplyMeasure[]
  measures_note: string | null
  /** numeric, read as text */
  amount_paid: string | null
  court_reasons: string | null
  reasons_accepted: boolean | null
  promised_by: string | null
  measures_done_on: string | null
  file_key: string
  file_name: string
  file_sha256: string
  file_size: number
  recorded_by: string
  recorded_at: Date
}

export const FOLLOW_UP_KINDS = ['urge_reply', 'escalate', 'new_recommendation'] as const
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number]
export type FollowUpGround = 'overdue' | 'not_adopted' | 'reasons_rejected' | 'measure_overdue'

/** One 跟进监督 step (migrations/202612041020_create_recommendation_follow_ups.sql). */
export interface RecommendationFollowUpsTable {
  id: Generated<string>
  recommendation_id: string
  kind: FollowUpKind
  ground: FollowUpGround
  taken_on: string
  due: string | null
  due_explanation: string | null
  number: string | null
  note: string | null
  new_recommendation_id: string | null
  file_key: string | null
  file_sha256: string | null
  file_size: number | null
  recorded_by: string
  recorded_at: Date
}
