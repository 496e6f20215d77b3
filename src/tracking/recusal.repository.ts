import type { Db } from '../db/database.js'
import type { RecusalRow } from './recusal.table.js'

export async function insertRecusalRequest(
  db: Db,
  request: {
    applicationId: string
    person: { staffId: string } | { name: string; role: string }
    reason: string
    at: Date
  },
): Promise<void> {
  const p = request.person
  await db
    .insertInto('recusal_requests')
    .values({
      application_id: request.applicationId,
      ...('staffId' in p
        ? { staff_id: p.staffId }
        : { staff_id: null, person_name: p.name, person_role: p.role }),
      reason: request.reason,
      requested_at: request.at,
    })
    .execute()
}

/** Every request of one application, oldest first. */
export async function findRecusalRequests(db: Db, applicationId: string): Promise<RecusalRow[]> {
  return db
    .selectFrom('recusal_requests')
    .selectAll()
    .where('application_id', '=', applicationId)
    .orderBy('requested_at')
    .orderBy('id')
    .execute()
}

/** The last refusal of this application, locked: the one a 复议 would be about. */
export async function lockLastRefusal(db: Db, applicationId: string) {
  return db
    .selectFrom('recusal_requests')
    .select(['id', 'handled_at', 'review_requested_at'])
    .where('application_id', '=', applicationId)
    .where('decision', '=', 'declined')
    .orderBy('handled_at', 'desc')
    .limit(1)
    .forUpdate()
    .executeTakeFirst()
}

export async function insertRecusalReview(
  db: Db,
  id: string,
  review: { reason: string; at: Date },
): Promise<void> {
  await db
    .updateTable('recusal_requests')
    .set({ review_reason: review.reason, review_requested_at: review.at })
    .where('id', '=', id)
    .where('review_requested_at', 'is', null)
    .execute()
}
