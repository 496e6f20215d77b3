import type { Db } from '../../db/database.js'
import type { NewCourtCaseRow } from './exchange-import.table.js'

/** The court's cases with these 案号, with every stored field (to compare with a new batch). */
export async function findCasesByNumber(db: Db, court: string, caseNos: string[]) {
  if (caseNos.length === 0) return []
  return db
    .selectFrom('court_cases')
    .selectAll()
    .where('court_code', '=', court)
    .where('case_no', 'in', caseNos)
    .execute()
}

export async function findCaseIds(
  db: Db,
  court: string,
  caseNos: string[],
): Promise<Map<string, string>> {
  if (caseNos.length === 0) return new Map()
  const rows = await db
    .selectFrom('court_cases')
    .select(['id', 'case_no'])
    .where('court_code', '=', court)
    .where('case_no', 'in', caseNos)
    .execute()
  return new Map(rows.map((r) => [r.case_no, r.id]))
}

export async function findCourtCaseNos(db: Db, court: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('court_cases')
    .select('case_no')
    .where('court_code', '=', court)
    .execute()
  return new Set(rows.map((r) => r.case_no))
}

export async function insertCases(db: Db, rows: NewCourtCaseRow[]): Promise<Map<string, string>> {
  if (rows.length === 0) return new Map()
  const inserted = await db
    .insertInto('court_cases')
    .values(rows)
    .returning(['id', 'case_no'])
    .execute()
  return new Map(inserted.map((r) => [r.case_no, r.id]))
}

export async function updateCase(
  db: Db,
  id: string,
  values: Partial<NewCourtCaseRow>,
): Promise<void> {
  await db.updateTable('court_cases').set(values).where('id', '=', id).execute()
}

export type NewIdentifier = {
  case_id: string
  position: number
  kind: 'id_number' | 'credit_code' | 'masked' | 'other'
  value_encrypted: Buffer
  value_hash: string
}

export async function replaceIdentifiers(
  db: Db,
  caseIds: string[],
  rows: NewIdentifier[],
): Promise<void> {
  if (caseIds.length > 0) {
    await db.deleteFrom('court_case_identifiers').where('case_id', 'in', caseIds).execute()
  }
  if (rows.length > 0) await db.insertInto('court_case_identifiers').values(rows).execute()
}

export async function findIdentifierHashes(
  db: Db,
  caseIds: string[],
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>()
  if (caseIds.length === 0) return out
  const rows = await db
    .selectFrom('court_case_identifiers')
    .select(['case_id', 'value_hash'])
    .where('case_id', 'in', caseIds)
    .orderBy('case_id')
    .orderBy('position')
    .execute()
  for (const r of rows) out.set(r.case_id, [...(out.get(r.case_id) ?? []), r.value_hash])
  return out
}

export type NewHistoryRow = {
  case_id: string
  batch_id: string
  field: string
  old_value: string | null
  new_value: string | null
  changed_at: Date
}

export async function insertHistory(db: Db, rows: NewHistoryRow[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('court_case_history').values(rows).execute()
}

export type NewEventRow = {
  case_id: string
  event_type: string
  event_label: string
  party: string | null
  event_date: string
  end_date: string | null
  amount: string | null
  scope: string | null
  result: string | null
  note: string | null
  content_hash: string
  batch_id: string
  source_sheet: string
  source_row: number
}

/** Returns how many were new: an event already stored for the case (same content) is skipped. */
export async function insertEvents(db: Db, rows: NewEventRow[]): Promise<number> {
  if (rows.length === 0) return 0
  const inserted = await db
    .insertInto('court_case_events')
    .values(rows)
    .onConflict((oc) => oc.columns(['case_id', 'content_hash']).doNothing())
    .returning('id')
    .execute()
  return inserted.length
}

export type NewLedgerRow = {
  case_id: string
  txn_no: string | null
  direction: string
  txn_date: string
  amount: string
  counterparty: string | null
  channel: string | null
  defer_reason: string | null
  defer_days: number | null
  content_hash: string
  batch_id: string
  source_sheet: string
  source_row: number
}

export async function insertLedgerRows(db: Db, rows: NewLedgerRow[]): Promise<number> {
  if (rows.length === 0) return 0
  const inserted = await db
    .insertInto('court_ledger_rows')
    .values(rows)
    .onConflict((oc) => oc.columns(['case_id', 'content_hash']).doNothing())
    .returning('id')
    .execute()
  return inserted.length
}
