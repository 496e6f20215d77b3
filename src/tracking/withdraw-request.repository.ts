import type { Db } from '../db/database.js'
import type { WithdrawalDecision } from './withdraw-request.table.js'

export async function insertWithdrawalRequest(db: Db, applicationId: string, at: Date) {
  await db
    .insertInto('withdrawal_requests')
    .values({ application_id: applicationId, requested_at: at })
    .execute()
}

/** The request still waiting for staff's decision, if any (at most one: a partial unique index). */
export async function findPendingWithdrawal(db: Db, applicationId: string) {
  return db
    .selectFrom('withdrawal_requests')
    .select(['id', 'requested_at'])
    .where('application_id', '=', applicationId)
    .where('decision', 'is', null)
    .executeTakeFirst()
}

/** Decides the pending request; false when none was waiting (decided meanwhile, or never made). */
export async function decidePendingWithdrawal(
  db: Db,
  applicationId: string,
  d: { decision: WithdrawalDecision; at: Date; staffId: string; note: string },
): Promise<boolean> {
  const rows = await db
    .updateTable('withdrawal_requests')
    .set({ decision: d.decision, decided_at: d.at, decided_by: d.staffId, decision_note: d.note })
    .where('application_id', '=', applicationId)
    .where('decision', 'is', null)
    .returning('id')
    .execute()
  return rows.length > 0
}
