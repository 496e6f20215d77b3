import { sql } from 'kysely'
import type { Db } from '../../db/database.js'
import type { ActionItemStatus, NewActionItemRow, NewMeetingRow } from './meeting.table.js'

export async function insertMeeting(db: Db, row: NewMeetingRow): Promise<string> {
  const { participants, ...rest } = row
  const inserted = await db
    .insertInto('collab_meetings')
    .values({ ...rest, participants: sql`${JSON.stringify(participants)}::jsonb` })
    .returning('id')
    .executeTakeFirstOrThrow()
  return inserted.id
}

export async function insertMeetingLinks(
  db: Db,
  meetingId: string,
  links: { exchangeIds: string[]; applicationIds: string[] },
): Promise<void> {
  if (links.exchangeIds.length)
    await db
      .insertInto('collab_meeting_exchanges')
      .values(links.exchangeIds.map((exchange_id) => ({ meeting_id: meetingId, exchange_id })))
      .execute()
  if (links.applicationIds.length)
    await db
      .insertInto('collab_meeting_cases')
      .values(
        links.applicationIds.map((application_id) => ({ meeting_id: meetingId, application_id })),
      )
      .execute()
}

/** Applications by tracking code (the codes as stored, without separators). */
export async function findApplicationsByCodes(db: Db, codes: string[]) {
  if (codes.length === 0) return []
  return db
    .selectFrom('applications')
    .select(['id', 'tracking_code', 'case_number'])
    .where('tracking_code', 'in', codes)
    .execute()
}

/** The latest exchanges, for ticking the ones a meeting dealt with. */
export async function findRecentExchanges(db: Db, limit: number) {
  return db
    .selectFrom('exchange_log')
    .select(['id', 'exchanged_on', 'direction', 'counterpart', 'content'])
    .orderBy('exchanged_on', 'desc')
    .orderBy('recorded_at', 'desc')
    .limit(limit)
    .execute()
}

export async function countExistingExchanges(db: Db, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0
  const row = await db
    .selectFrom('exchange_log')
    .select(sql<string>`count(*)`.as('n'))
    .where('id', 'in', ids)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

const MEETING_COLUMNS = [
  'm.id',
  'm.kind',
  'm.held_on',
  'm.place',
  'm.chair',
  'm.participants',
  'm.agenda',
  'm.decisions',
  'm.recommendation_refs',
  'm.minutes_name',
  'm.minutes_sha256',
  'm.minutes_size',
  'm.recorded_at',
  's.display_name as recorded_by_name',
] as const

export async function findMeetings(db: Db, limit: number) {
  return db
    .selectFrom('collab_meetings as m')
    .innerJoin('staff_accounts as s', 's.id', 'm.recorded_by')
    .select(MEETING_COLUMNS)
    .orderBy('m.held_on', 'desc')
    .orderBy('m.recorded_at', 'desc')
    .limit(limit)
    .execute()
}

export async function findMeeting(db: Db, id: string) {
  return db
    .selectFrom('collab_meetings as m')
    .innerJoin('staff_accounts as s', 's.id', 'm.recorded_by')
    .select([...MEETING_COLUMNS, 'm.minutes_key'])
    .where('m.id', '=', id)
    .executeTakeFirst()
}

export async function findMeetingLinks(db: Db, meetingId: string) {
  const exchanges = await db
    .selectFrom('collab_meeting_exchanges as l')
    .innerJoin('exchange_log as e', 'e.id', 'l.exchange_id')
    .select(['e.id', 'e.exchanged_on', 'e.direction', 'e.counterpart', 'e.content'])
    .where('l.meeting_id', '=', meetingId)
    .orderBy('e.exchanged_on')
    .execute()
  const cases = await db
    .selectFrom('collab_meeting_cases as l')
    .innerJoin('applications as a', 'a.id', 'l.application_id')
    .select(['a.id', 'a.tracking_code', 'a.case_number'])
    .where('l.meeting_id', '=', meetingId)
    .orderBy('a.tracking_code')
    .execute()
  return { exchanges, cases }
}

export async function insertActionItem(db: Db, row: NewActionItemRow): Promise<string> {
  const r = await db
    .insertInto('collab_action_items')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow()
  return r.id
}

const ITEM_COLUMNS = [
  'i.id',
  'i.meeting_id',
  'i.description',
  'i.owner_staff_id',
  'i.owner_organisation',
  'i.due_on',
  'i.status',
  'i.status_note',
  'o.display_name as owner_name',
  'm.kind as meeting_kind',
  'm.held_on as meeting_held_on',
  'm.recorded_by as meeting_recorded_by',
] as const

function items(db: Db) {
  return db
    .selectFrom('collab_action_items as i')
    .innerJoin('collab_meetings as m', 'm.id', 'i.meeting_id')
    .leftJoin('staff_accounts as o', 'o.id', 'i.owner_staff_id')
    .select(ITEM_COLUMNS)
}
export type ActionItemListRow = Awaited<ReturnType<typeof findMeetingActionItems>>[number]

export async function findMeetingActionItems(db: Db, meetingId: string) {
  return items(db)
    .where('i.meeting_id', '=', meetingId)
    .orderBy('i.due_on')
    .orderBy('i.id')
    .execute()
}

/** Open items due on or before `until` (the overdue ones too), soonest first. */
export async function findOpenActionItemsDue(db: Db, until: string) {
  return items(db)
    .where('i.status', '=', 'open')
    .where('i.due_on', '<=', until)
    .orderBy('i.due_on')
    .orderBy('i.id')
    .execute()
}

/** Locks an item for its status change; undefined when there is none. */
export async function lockActionItem(db: Db, id: string) {
  return db
    .selectFrom('collab_action_items')
    .select(['id', 'meeting_id', 'status'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst()
}

export async function closeActionItem(
  db: Db,
  id: string,
  change: { status: Exclude<ActionItemStatus, 'open'>; note: string | null; at: Date },
): Promise<void> {
  await db
    .updateTable('collab_action_items')
    .set({ status: change.status, status_note: change.note, closed_at: change.at })
    .where('id', '=', id)
    .execute()
}

/** The colleagues an action item may be given to: enabled accounts that work cases. */
export async function findCaseStaff(db: Db) {
  return db
    .selectFrom('staff_accounts')
    .select(['id', 'display_name'])
    .where('disabled_at', 'is', null)
    .where(sql<boolean>`roles && array['reviewer', 'leader']::text[]`)
    .orderBy('display_name')
    .execute()
}

export async function findMeetingFile(db: Db, id: string) {
  return db
    .selectFrom('collab_meetings')
    .select(['id', 'minutes_key', 'minutes_name', 'minutes_size', 'minutes_sha256'])
    .where('id', '=', id)
    .executeTakeFirst()
}

/** The meetings that dealt with one application, for its case page. */
export async function findMeetingsOfApplication(db: Db, applicationId: string) {
  return db
    .selectFrom('collab_meeting_cases as l')
    .innerJoin('collab_meetings as m', 'm.id', 'l.meeting_id')
    .select(['m.id', 'm.kind', 'm.held_on'])
    .where('l.application_id', '=', applicationId)
    .orderBy('m.held_on')
    .execute()
}
