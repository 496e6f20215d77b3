import { sql } from 'kysely'
import type { Db } from '../../db/database.js'
import type { RefKind } from '../rules/rule-types.js'

export type NewReferenceList = {
  kind: RefKind
  source: string
  obtained_on: string
  legal_basis: string
  file_name: string
  file_sha256: string
  entry_count: number
  uploaded_by: string
  uploaded_at: Date
}

export async function insertReferenceList(db: Db, list: NewReferenceList): Promise<string> {
  const row = await db
    .insertInto('reference_lists')
    .values({ ...list, status: 'active' })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

export type NewReferenceEntry = {
  row_number: number
  name: string
  id_kind: 'id_number' | 'credit_code' | 'masked' | 'other' | null
  id_encrypted: Buffer | null
  case_no: string | null
  entry_date: string
  end_date: string | null
  term_years: string | null
  category: string | null
  detail: string | null
  extra: string | null
  direction: 'in' | 'out' | null
  counterparty: string | null
  amount: string | null
}

const CHUNK = 2000

/** The entries travel as arrays through unnest(), one statement per chunk (as rule_results do). */
export async function insertReferenceEntries(
  db: Db,
  listId: string,
  rows: NewReferenceEntry[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const part = rows.slice(i, i + CHUNK)
    const col = <K extends keyof NewReferenceEntry>(k: K) => part.map((r) => r[k])
    await sql`
      insert into reference_entries (list_id, row_number, name, id_kind, id_encrypted, case_no,
        entry_date, end_date, term_years, category, detail, extra, direction, counterparty, amount)
      select ${listId}::uuid, * from unnest(
        ${col('row_number')}::int[], ${col('name')}::text[], ${col('id_kind')}::text[],
        ${col('id_encrypted')}::bytea[], ${col('case_no')}::text[], ${col('entry_date')}::date[],
        ${col('end_date')}::date[], ${col('term_years')}::numeric[], ${col('category')}::text[],
        ${col('detail')}::text[], ${col('extra')}::text[], ${col('direction')}::text[],
        ${col('counterparty')}::text[], ${col('amount')}::numeric[]
      )`.execute(db)
  }
}

export async function findActiveListBySha(db: Db, kind: RefKind, sha256: string) {
  return db
    .selectFrom('reference_lists')
    .select(['id', 'uploaded_at'])
    .where('kind', '=', kind)
    .where('file_sha256', '=', sha256)
    .where('status', '=', 'active')
    .executeTakeFirst()
}

export async function findReferenceLists(db: Db) {
  return db
    .selectFrom('reference_lists as l')
    .innerJoin('staff_accounts as s', 's.id', 'l.uploaded_by')
    .select([
      'l.id',
      'l.kind',
      'l.source',
      'l.obtained_on',
      'l.legal_basis',
      'l.file_name',
      'l.entry_count',
      'l.status',
      'l.uploaded_at',
      'l.withdrawn_at',
      'l.withdraw_reason',
      's.display_name as uploaded_by_name',
    ])
    .orderBy('l.uploaded_at', 'desc')
    .limit(200)
    .execute()
}

export async function lockReferenceList(db: Db, id: string) {
  return db
    .selectFrom('reference_lists')
    .select(['id', 'kind', 'status', 'source', 'obtained_on', 'entry_count'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst()
}

export async function withdrawReferenceList(
  db: Db,
  id: string,
  by: string,
  at: Date,
  reason: string,
): Promise<void> {
  await db
    .updateTable('reference_lists')
    .set({ status: 'withdrawn', withdrawn_by: by, withdrawn_at: at, withdraw_reason: reason })
    .where('id', '=', id)
    .execute()
}
