import { sql } from 'kysely'
import type { Db } from '../../db/database.js'
import type { ExchangeDirection, NewExchangeLogRow } from './exchange-log.table.js'

/**
 * Records one exchange. Callers pass their transaction, so the entry commits with the import,
 * export or hand entry it records (a log that says an exchange happened when it did not is worse
 * than none).
 */
export async function insertExchangeLogEntry(db: Db, entry: NewExchangeLogRow): Promise<string> {
  const row = await db
    .insertInto('exchange_log')
    .values(entry)
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

/** A period of China calendar days (both ends included) and an optional direction. */
export type ExchangeLogQuery = {
  from?: string | undefined
  to?: string | undefined
  direction?: ExchangeDirection | undefined
}

/** Where the next page starts: the last row shown, in the list's order. */
export type ExchangeLogCursor = { exchangedOn: string; recordedAt: Date; id: string }

export type ExchangeLogListRow = {
  id: string
  exchanged_on: string
  direction: ExchangeDirection
  source: 'import' | 'export' | 'paper'
  counterpart: string
  content: string
  item_count: number
  file_name: string | null
  file_sha256: string | null
  file_size: number | null
  note: string | null
  recorded_at: Date
  handled_by_name: string
}

function filtered(db: Db, q: ExchangeLogQuery) {
  let query = db.selectFrom('exchange_log as e')
  if (q.from) query = query.where('e.exchanged_on', '>=', q.from)
  if (q.to) query = query.where('e.exchanged_on', '<=', q.to)
  if (q.direction) query = query.where('e.direction', '=', q.direction)
  return query
}

/** Newest exchange first (by its date, then by when it was entered); keyset pages. */
export async function findExchangeLogEntries(
  db: Db,
  q: ExchangeLogQuery,
  after: ExchangeLogCursor | undefined,
  limit: number,
): Promise<ExchangeLogListRow[]> {
  let query = filtered(db, q)
    .innerJoin('staff_accounts as s', 's.id', 'e.handled_by')
    .select([
      'e.id',
      'e.exchanged_on',
      'e.direction',
      'e.source',
      'e.counterpart',
      'e.content',
      'e.item_count',
      'e.file_name',
      'e.file_sha256',
      'e.file_size',
      'e.note',
      'e.recorded_at',
      's.display_name as handled_by_name',
    ])
  if (after)
    query = query.where(
      sql<boolean>`(e.exchanged_on, e.recorded_at, e.id) < (${after.exchangedOn}::date, ${after.recordedAt.toISOString()}::timestamptz, ${after.id}::uuid)`,
    )
  return query
    .orderBy('e.exchanged_on', 'desc')
    .orderBy('e.recorded_at', 'desc')
    .orderBy('e.id', 'desc')
    .limit(limit)
    .execute()
}

export type ExchangeTotalsRow = { direction: ExchangeDirection; exchanges: number; items: number }

/** Exchanges and items per direction over the whole filtered period (not just the page shown). */
export async function sumExchangeLog(db: Db, q: ExchangeLogQuery): Promise<ExchangeTotalsRow[]> {
  const rows = await filtered(db, q)
    .select([
      'e.direction',
      sql<string>`count(*)`.as('exchanges'),
      sql<string>`coalesce(sum(e.item_count), 0)`.as('items'),
    ])
    .groupBy('e.direction')
    .execute()
  return rows.map((r) => ({
    direction: r.direction,
    exchanges: Number(r.exchanges),
    items: Number(r.items),
  }))
}

/** The years that have at least one exchange, newest first (for the year filter). */
export async function findExchangeYears(db: Db): Promise<number[]> {
  const rows = await db
    .selectFrom('exchange_log')
    .select(sql<string>`distinct extract(year from exchanged_on)::int::text`.as('year'))
    .execute()
  return rows.map((r) => Number(r.year)).sort((a, b) => b - a)
}

export type ExchangeLogFileRow = {
  id: string
  source: 'import' | 'export' | 'paper'
  file_key: string
  file_name: string
  file_size: number
  file_sha256: string
}

/** The attached file of one entry, or undefined when there is no such entry or it has none. */
export async function findExchangeLogFile(
  db: Db,
  id: string,
): Promise<ExchangeLogFileRow | undefined> {
  const row = await db
    .selectFrom('exchange_log')
    .select(['id', 'source', 'file_key', 'file_name', 'file_size', 'file_sha256'])
    .where('id', '=', id)
    .executeTakeFirst()
  if (!row?.file_key || !row.file_name || row.file_size === null || !row.file_sha256)
    return undefined
  return {
    id: row.id,
    source: row.source,
    file_key: row.file_key,
    file_name: row.file_name,
    file_size: row.file_size,
    file_sha256: row.file_sha256,
  }
}
