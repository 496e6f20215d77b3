import type { Db } from '../db/database.js'
import type {
  DecidingBody,
  RecusalDecision,
  RecusalReviewDecision,
} from '../tracking/recusal.table.js'

/** One request of this application, locked for its decision. */
export async function lockRecusalRequest(db: Db, applicationId: string, id: string) {
  return db
    .selectFrom('recusal_requests')
    .selectAll()
    .where('application_id', '=', applicationId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst()
}

export async function recordRecusalDecision(
  db: Db,
  id: string,
  d: { decision: RecusalDecision; body: DecidingBody; reasons: string; by: string; at: Date },
): Promise<void> {
  await db
    .updateTable('recusal_requests')
    .set({
      decision: d.decision,
      decided_by_body: d.body,
      decision_reasons: d.reasons,
      decided_by: d.by,
      handled_at: d.at,
    })
    .where('id', '=', id)
    .execute()
}

export async function recordRecusalReviewDecision(
  db: Db,
  id: string,
  d: { decision: RecusalReviewDecision; reasons: string; by: string; at: Date },
): Promise<void> {
  await db
    .updateTable('recusal_requests')
    .set({
      review_decision: d.decision,
      review_reasons: d.reasons,
      review_decided_by: d.by,
      review_decided_at: d.at,
    })
    .where('id', '=', id)
    .execute()
}

/** A person who stepped aside no longer handles the case: a new 承办检察官 is to be named. */
export async function clearHandlerIf(db: Db, applicationId: string, staffId: string) {
  await db
    .updateTable('applications')
    .set({ assigned_staff_id: null })
    .where('id', '=', applicationId)
    .where('assigned_staff_id', '=', staffId)
    .execute()
}

/** The oldest request waiting for a decision or a 复议 decision, if any. */
export async function findWaitingRecusal(db: Db, applicationId: string) {
  return db
    .selectFrom('recusal_requests')
    .selectAll()
    .where('application_id', '=', applicationId)
    .where((eb) =>
      eb.or([
        eb('decision', 'is', null).and('handled_at', 'is', null),
        eb('review_requested_at', 'is not', null).and('review_decision', 'is', null),
      ]),
    )
    .orderBy('requested_at')
    .limit(1)
    .executeTakeFirst()
}

/** How the applicant was told the person's name: 姓名（法律职务） (规则 第四十五条). */
export async function findStaffLabel(db: Db, staffId: string): Promise<string> {
  const row = await db
    .selectFrom('staff_accounts')
    .select(['display_name', 'legal_title'])
    .where('id', '=', staffId)
    .executeTakeFirstOrThrow()
  return `${row.display_name}（${row.legal_title}）`
}
