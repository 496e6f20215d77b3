import { sql } from 'kysely'
import type { Db } from '../db/database.js'
import type { ClockKind, ClockRow } from './clock.table.js'

const COLUMNS = [
  'id',
  'application_id',
  'kind',
  'started_on',
  'due',
  'explanation',
  'paused_on',
  'paused_days',
  'extended_months',
  'stopped_at',
  'created_at',
] as const

export async function insertClock(
  db: Db,
  row: {
    applicationId: string
    kind: ClockKind
    startedOn: string
    due: string
    explanation: string
    at: Date
  },
): Promise<void> {
  await db
    .insertInto('application_clocks')
    .values({
      application_id: row.applicationId,
      kind: row.kind,
      started_on: row.startedOn,
      due: row.due,
      explanation: row.explanation,
      created_at: row.at,
    })
    .execute()
}

export async function findOpenClocks(db: Db, applicationId: string): Promise<ClockRow[]> {
  return db
    .selectFrom('application_clocks')
    .select(COLUMNS)
    .where('application_id', '=', applicationId)
    .where('stopped_at', 'is', null)
    .orderBy('due')
    .execute()
}

export async function findAllClocks(db: Db, applicationId: string): Promise<ClockRow[]> {
  return db
    .selectFrom('application_clocks')
    .select(COLUMNS)
    .where('application_id', '=', applicationId)
    .orderBy('created_at')
    .orderBy('kind')
    .execute()
}

export async function stopOpenClocks(
  db: Db,
  applicationId: string,
  kinds: readonly ClockKind[] | 'all',
  at: Date,
): Promise<void> {
  let q = db
    .updateTable('application_clocks')
    .set({ stopped_at: at })
    .where('application_id', '=', applicationId)
    .where('stopped_at', 'is', null)
  if (kinds !== 'all') q = q.where('kind', 'in', [...kinds])
  await q.execute()
}

export async function updateClock(
  db: Db,
  id: string,
  set: Partial<
    Pick<ClockRow, 'due' | 'explanation' | 'paused_on' | 'paused_days' | 'extended_months'>
  >,
): Promise<void> {
  await db.updateTable('application_clocks').set(set).where('id', '=', id).execute()
}

/** The earliest due date among running (open, not paused) clocks; the queue sorts on it. */
export async function refreshNextDue(db: Db, applicationId: string): Promise<void> {
  await sql`
    update applications set next_due = (
      select min(due) from application_clocks
      where application_id = ${applicationId} and stopped_at is null and paused_on is null
        -- the other parties' comment window (规则 第三十三条) is theirs, not a task of staff
        and kind <> 'other_party_comments')
    where id = ${applicationId}`.execute(db)
}
