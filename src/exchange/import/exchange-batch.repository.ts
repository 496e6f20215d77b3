import { sql } from 'kysely'
import type { Db } from '../../db/database.js'
import type { ExchangeBatchRow, ExchangeBatchesTable } from './exchange-import.table.js'
import type { Insertable } from 'kysely'

const BATCH_COLUMNS = [
  'id',
  'court_code',
  'court_name',
  'status',
  'file_key',
  'file_name',
  'file_sha256',
  'file_size',
  'file_format',
  'encoding',
  'profile_id',
  'mapping',
  'preview',
  'report',
  'uploaded_by',
  'uploaded_at',
  'confirmed_by',
  'confirmed_at',
] as const

export async function insertBatch(db: Db, row: Insertable<ExchangeBatchesTable>): Promise<string> {
  const r = await db
    .insertInto('exchange_batches')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow()
  return r.id
}

export async function findBatch(db: Db, id: string): Promise<ExchangeBatchRow | undefined> {
  return db
    .selectFrom('exchange_batches')
    .select(BATCH_COLUMNS)
    .where('id', '=', id)
    .executeTakeFirst()
}

/** Serialises confirmations of one batch: the second waits, then sees it confirmed. */
export async function lockBatch(db: Db, id: string): Promise<ExchangeBatchRow | undefined> {
  return db
    .selectFrom('exchange_batches')
    .select(BATCH_COLUMNS)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst()
}

/** One import per court at a time, so the field history of a case reads in batch order. */
export async function lockCourtImports(db: Db, court: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext(${`exchange-import:${court}`}))`.execute(db)
}

export async function findConfirmedBySha(db: Db, court: string, sha256: string) {
  return db
    .selectFrom('exchange_batches')
    .select(['id', 'confirmed_at'])
    .where('court_code', '=', court)
    .where('file_sha256', '=', sha256)
    .where('status', '=', 'confirmed')
    .executeTakeFirst()
}

export async function updatePreview(
  db: Db,
  id: string,
  mapping: unknown,
  preview: unknown,
  profileId?: string | null,
) {
  await db
    .updateTable('exchange_batches')
    .set({
      mapping: JSON.stringify(mapping),
      preview: JSON.stringify(preview),
      ...(profileId !== undefined ? { profile_id: profileId } : {}),
    })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .execute()
}

export async function markConfirmed(db: Db, id: string, by: string, at: Date, report: unknown) {
  await db
    .updateTable('exchange_batches')
    .set({
      status: 'confirmed',
      confirmed_by: by,
      confirmed_at: at,
      report: JSON.stringify(report),
    })
    .where('id', '=', id)
    .execute()
}

export async function listBatches(db: Db, limit = 50) {
  return db
    .selectFrom('exchange_batches as b')
    .innerJoin('staff_accounts as s', 's.id', 'b.uploaded_by')
    .select([
      'b.id',
      'b.court_name',
      'b.status',
      'b.file_name',
      'b.file_sha256',
      'b.uploaded_at',
      'b.confirmed_at',
      'b.report',
      's.display_name',
    ])
    .orderBy('b.uploaded_at', 'desc')
    .limit(limit)
    .execute()
}

export async function findRejectedRows(
  db: Db,
  batchId: string,
  afterKey?: { sheet: string; row: number },
  limit = 1000,
) {
  let q = db
    .selectFrom('exchange_rejected_rows')
    .select(['sheet', 'row_number', 'reason', 'raw'])
    .where('batch_id', '=', batchId)
  if (afterKey) {
    q = q.where((eb) =>
      eb.or([
        eb('sheet', '>', afterKey.sheet),
        eb.and([eb('sheet', '=', afterKey.sheet), eb('row_number', '>', afterKey.row)]),
      ]),
    )
  }
  return q.orderBy('sheet').orderBy('row_number').limit(limit).execute()
}

export async function findProfileForCourt(db: Db, court: string) {
  return db
    .selectFrom('exchange_profiles')
    .select(['id', 'name', 'mapping'])
    .where('court_code', '=', court)
    .orderBy('saved_at', 'desc')
    .limit(1)
    .executeTakeFirst()
}

export async function findProfile(db: Db, id: string) {
  return db
    .selectFrom('exchange_profiles')
    .select(['id', 'name', 'court_code'])
    .where('id', '=', id)
    .executeTakeFirst()
}

export async function upsertProfile(
  db: Db,
  row: { court_code: string; name: string; mapping: unknown; saved_by: string; saved_at: Date },
): Promise<string> {
  const r = await db
    .insertInto('exchange_profiles')
    .values({ ...row, mapping: JSON.stringify(row.mapping) })
    .onConflict((oc) =>
      oc.columns(['court_code', 'name']).doUpdateSet((eb) => ({
        mapping: eb.ref('excluded.mapping'),
        saved_by: eb.ref('excluded.saved_by'),
        saved_at: eb.ref('excluded.saved_at'),
      })),
    )
    .returning('id')
    .executeTakeFirstOrThrow()
  return r.id
}
