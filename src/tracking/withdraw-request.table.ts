import type { Generated, Selectable } from 'kysely'

export type WithdrawalDecision = 'granted' | 'refused'

/** An applicant's request to withdraw after 受理 (规则 第七十三条第（二）项), and staff's decision on it. */
export interface WithdrawalRequestsTable {
  id: Generated<string>
  application_id: string
  requested_at: Date
  decision: WithdrawalDecision | null
  decided_at: Date | null
  decided_by: string | null
  decision_note: string | null
}

export type WithdrawalRequestRow = Selectable<WithdrawalRequestsTable>
