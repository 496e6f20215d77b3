import type { Db } from '../db/database.js'

export type NewEvent = {
  applicationId: string
  at: Date
  action: string
  from: string | null
  to: string
  publicNote?: string | null
}

export async function insertApplicationEvent(db: Db, e: NewEvent): Promise<void> {
  await db
    .insertInto('application_events')
    .values({
      application_id: e.applicationId,
      occurred_at: e.at,
      action: e.action,
      from_stage: e.from,
      to_stage: e.to,
      public_note: e.publicNote ?? null,
    })
    .execute()
}

export async function findApplicationEvents(db: Db, applicationId: string) {
  return db
    .selectFrom('application_events')
    .select(['id', 'occurred_at', 'action', 'from_stage', 'to_stage', 'public_note'])
    .where('application_id', '=', applicationId)
    .orderBy('id')
    .execute()
}
