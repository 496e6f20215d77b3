import type { Db } from '../../db/database.js'
import type { NewEscalationRow } from './escalation.table.js'

export async function insertEscalation(db: Db, row: NewEscalationRow): Promise<string> {
  const r = await db
    .insertInto('collab_escalations')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow()
  return r.id
}

export async function lockEscalation(db: Db, id: string) {
  return db
    .selectFrom('collab_escalations')
    .select(['id', 'application_id', 'sent_on', 'guidance_on'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst()
}

export async function setGuidance(db: Db, id: string, guidance: string, on: string): Promise<void> {
  await db
    .updateTable('collab_escalations')
    .set({ guidance, guidance_on: on })
    .where('id', '=', id)
    .execute()
}

const COLUMNS = [
  'e.id',
  'e.application_id',
  'e.number',
  'e.reason',
  'e.question',
  'e.sent_on',
  'e.guidance',
  'e.guidance_on',
] as const

export async function findEscalationsOf(db: Db, applicationId: string) {
  return db
    .selectFrom('collab_escalations as e')
    .select(COLUMNS)
    .where('e.application_id', '=', applicationId)
    .orderBy('e.sent_on')
    .orderBy('e.created_at')
    .execute()
}

export async function findEscalations(db: Db, limit: number) {
  return db
    .selectFrom('collab_escalations as e')
    .innerJoin('applications as a', 'a.id', 'e.application_id')
    .select([...COLUMNS, 'a.tracking_code'])
    .orderBy('e.sent_on', 'desc')
    .orderBy('e.created_at', 'desc')
    .limit(limit)
    .execute()
}
