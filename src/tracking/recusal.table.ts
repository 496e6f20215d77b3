import type { Generated, Selectable } from 'kysely'

/**
 * A 回避 request (规则 第十二条、第十四条), its decision (第十六条、第十七条: by the 检察长, or the
 * 检察委员会 for the 检察长) and its one 复议 (第十七条). It names a staff member of the case, or anyone
 * else (书记员、翻译人员、鉴定人、勘验人…) by name and role.
 */
export interface RecusalRequestsTable {
  id: Generated<string>
  application_id: string
  staff_id: string | null
  person_name: string | null
  person_role: string | null
  reason: string
  requested_at: Date
  /** when the request stopped waiting: the decision's time (older rows: marked handled) */
  handled_at: Date | null
  decision: RecusalDecision | null
  decided_by_body: DecidingBody | null
  decision_reasons: string | null
  decided_by: string | null
  review_reason: string | null
  review_requested_at: Date | null
  review_decision: RecusalReviewDecision | null
  review_reasons: string | null
  review_decided_by: string | null
  review_decided_at: Date | null
}
export type RecusalRow = Selectable<RecusalRequestsTable>

export type RecusalDecision = 'recused' | 'declined'
/** 复议: the refusal stands, or the person steps aside after all */
export type RecusalReviewDecision = 'upheld' | 'recused'
/** 第十六条: the 检察长 decides; the 检察委员会 decides the 检察长's own recusal */
export type DecidingBody = 'chief' | 'committee'

export const DECIDING_BODY_LABEL: Record<DecidingBody, string> = {
  chief: '检察长决定',
  committee: '检察委员会讨论决定',
}
