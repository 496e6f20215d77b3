import { sql } from 'kysely'
import type { Db } from '../db/database.js'
import type { DueApplication } from './purge-applications.repository.js'

const PURGED = '（已清除）'
type Options = { includeHeld: boolean; limit: number }

/** A date column (China calendar day) plus the period, as the instant it ends. */
const dayPlus = (column: string, months: number) =>
  sql<Date>`((${sql.ref(column)})::timestamp + make_interval(months => ${months})) at time zone 'Asia/Shanghai'`
const plus = (column: string, months: number) =>
  sql<Date>`${sql.ref(column)} + make_interval(months => ${months})`

/** 依职权 cases closed or terminated; the period runs from their last change. */
export async function findDueExOfficio(
  db: Db,
  months: number,
  asOf: Date,
  options: Options,
): Promise<DueApplication[]> {
  const due = plus('c.updated_at', months)
  return db
    .selectFrom('ex_officio_cases as c')
    .select(['c.id', due.as('due'), sql<boolean>`false`.as('held')])
    .where('c.stage', 'in', ['terminated', 'closed'])
    .where('c.purged_at', 'is', null)
    .where(due, '<=', asOf)
    .orderBy('c.id')
    .limit(options.limit)
    .execute()
}

export async function scrubExOfficio(db: Db, id: string, now: Date): Promise<boolean> {
  const r = await db
    .updateTable('ex_officio_cases')
    .set({
      facts: PURGED,
      court_case_no: PURGED,
      recommendation: null,
      termination_reason: null,
      purged_at: now,
    })
    .where('id', '=', id)
    .where('purged_at', 'is', null)
    .where('stage', 'in', ['terminated', 'closed'])
    .executeTakeFirst()
  return Number(r.numUpdatedRows) === 1
}

/** 涉执信访 with an outcome; the period runs from the day it was concluded. */
export async function findDuePetitions(
  db: Db,
  months: number,
  asOf: Date,
  options: Options,
): Promise<DueApplication[]> {
  const due = dayPlus('p.outcome_on', months)
  return db
    .selectFrom('collab_petitions as p')
    .select(['p.id', due.as('due'), sql<boolean>`false`.as('held')])
    .where('p.outcome_on', 'is not', null)
    .where('p.purged_at', 'is', null)
    .where(due, '<=', asOf)
    .orderBy('p.id')
    .limit(options.limit)
    .execute()
}

export async function scrubPetition(db: Db, id: string, now: Date): Promise<boolean> {
  const r = await db
    .updateTable('collab_petitions')
    .set({
      petitioner_name: PURGED,
      petitioner_phone_encrypted: new Uint8Array(0),
      petitioner_id_encrypted: null,
      court_case_number: null,
      complaint: PURGED,
      extension_reason: sql<
        string | null
      >`case when extension_reason is null then null else ${PURGED} end`,
      outcome_reasons: null,
      purged_at: now,
    })
    .where('id', '=', id)
    .where('purged_at', 'is', null)
    .executeTakeFirst()
  if (Number(r.numUpdatedRows) !== 1) return false
  await db
    .updateTable('collab_petition_handlings')
    .set({ who: PURGED, what: PURGED })
    .where('petition_id', '=', id)
    .execute()
  return true
}

/** Lists exchanged with the court that carry a file; the date and counts stay for the statistics. */
export async function findDueReferenceLists(
  db: Db,
  months: number,
  asOf: Date,
  options: Options,
): Promise<DueApplication[]> {
  const due = dayPlus('e.exchanged_on', months)
  return db
    .selectFrom('exchange_log as e')
    .select(['e.id', due.as('due'), sql<boolean>`false`.as('held')])
    .where('e.purged_at', 'is', null)
    .where((eb) => eb.or([eb('e.file_key', 'is not', null), eb('e.note', 'is not', null)]))
    .where(due, '<=', asOf)
    .orderBy('e.id')
    .limit(options.limit)
    .execute()
}

/** Drops the entry's file and note; returns the file to delete ('' for an entry without one). */
export async function scrubReferenceList(
  db: Db,
  id: string,
  now: Date,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('exchange_log')
    .select(['file_key', 'purged_at'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst()
  if (!row || row.purged_at) return undefined
  await db
    .updateTable('exchange_log')
    .set({
      file_key: null,
      file_name: null,
      file_sha256: null,
      file_size: null,
      note: null,
      purged_at: now,
    })
    .where('id', '=', id)
    .execute()
  return row.file_key ?? ''
}

/** 访问日志 in the database: sessions and lookup-attempt windows last seen before `before`. */
export async function deleteAccessLogs(db: Db, before: Date): Promise<number> {
  const a = await db.deleteFrom('applicant_sessions').where('last_seen_at', '<', before).execute()
  const s = await db
    .deleteFrom('staff_sessions')
    .where('last_seen_at', '<', before)
    .where('expires_at', '<', before)
    .execute()
  const t = await db
    .deleteFrom('tracking_attempts')
    .where('window_started_at', '<', before)
    .execute()
  return [a, s, t].reduce((n, r) => n + Number(r[0]?.numDeletedRows ?? 0), 0)
}
