import type { Insertable } from 'kysely'
import type { Db } from '../db/database.js'
import type { HandedDownCasesTable, HandedDownOutcome } from './handed-down.table.js'

export async function insertHandedDown(
  db: Db,
  row: Insertable<HandedDownCasesTable>,
): Promise<string> {
  const { id } = await db
    .insertInto('handed_down_cases')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}

export async function findHandedDown(db: Db, id: string) {
  return db.selectFrom('handed_down_cases').selectAll().where('id', '=', id).executeTakeFirst()
}

/** Open cases, the nearest limit first (a 移送 without one last). */
export async function findOpenHandedDown(db: Db) {
  return db
    .selectFrom('handed_down_cases')
    .select([
      'id',
      'kind',
      'review_ruling',
      'source_organ',
      'source_number',
      'due_on',
      'party_name',
      'court_case_no',
    ])
    .where('outcome', 'is', null)
    .orderBy('due_on', 'asc')
    .orderBy('entered_at', 'asc')
    .execute()
}

/** Records the outcome if the page's version is current and none is recorded; false otherwise. */
export async function closeHandedDown(
  db: Db,
  id: string,
  expectedVersion: number,
  o: { outcome: HandedDownOutcome; on: string; note: string; by: string },
): Promise<boolean> {
  const rows = await db
    .updateTable('handed_down_cases')
    .set((eb) => ({
      outcome: o.outcome,
      outcome_on: o.on,
      outcome_note: o.note,
      closed_by: o.by,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .where('outcome', 'is', null)
    .returning('id')
    .execute()
  return rows.length > 0
}
