import type { Db } from '../db/database.js'

export async function insertRecusalRequest(
  db: Db,
  request: { applicationId: string; staffId: string; reason: string; at: Date },
): Promise<void> {
  await db
    .insertInto('recusal_requests')
    .values({
      application_id: request.applicationId,
      staff_id: request.staffId,
      reason: request.reason,
      requested_at: request.at,
    })
    .execute()
}
