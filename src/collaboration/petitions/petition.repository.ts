import type { Updateable } from 'kysely'
import type { Db } from '../../db/database.js'
import type { CollabPetitionsTable, NewPetitionRow, PetitionRow } from './petition.table.js'

export async function insertPetition(db: Db, row: NewPetitionRow): Promise<string> {
  const r = await db
    .insertInto('collab_petitions')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow()
  return r.id
}

export async function findPetition(db: Db, id: string): Promise<PetitionRow | undefined> {
  return db.selectFrom('collab_petitions').selectAll().where('id', '=', id).executeTakeFirst()
}

export async function lockPetition(db: Db, id: string): Promise<PetitionRow | undefined> {
  return db
    .selectFrom('collab_petitions')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst()
}

export async function updatePetition(
  db: Db,
  id: string,
  change: Updateable<CollabPetitionsTable>,
): Promise<void> {
  await db.updateTable('collab_petitions').set(change).where('id', '=', id).execute()
}

export async function findPetitions(db: Db, limit: number) {
  return db
    .selectFrom('collab_petitions')
    .select([
      'id',
      'petitioner_name',
      'channel',
      'received_on',
      'court_name',
      'court_case_number',
      'notified_on',
      'extended_on',
      'outcome',
    ])
    .orderBy('received_on', 'desc')
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute()
}

export async function insertHandling(
  db: Db,
  row: {
    petition_id: string
    handled_on: string
    who: string
    what: string
    recorded_by: string
    recorded_at: Date
  },
): Promise<string> {
  const r = await db
    .insertInto('collab_petition_handlings')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow()
  return r.id
}

export async function findHandlings(db: Db, petitionId: string) {
  return db
    .selectFrom('collab_petition_handlings')
    .select(['handled_on', 'who', 'what'])
    .where('petition_id', '=', petitionId)
    .orderBy('handled_on')
    .orderBy('recorded_at')
    .execute()
}

/** The application a converted petition's draft became, once submitted. */
export async function findConvertedApplication(db: Db, draftId: string) {
  return db
    .selectFrom('application_drafts as d')
    .innerJoin('applications as a', 'a.id', 'd.application_id')
    .select(['a.id', 'a.tracking_code'])
    .where('d.id', '=', draftId)
    .executeTakeFirst()
}
