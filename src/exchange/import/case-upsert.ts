import type { FieldCrypto } from '../../crypto/field-encryption.js'
import type { Db } from '../../db/database.js'
import {
  findCasesByNumber,
  findIdentifierHashes,
  insertCases,
  insertHistory,
  replaceIdentifiers,
  updateCase,
  type NewHistoryRow,
  type NewIdentifier,
} from './court-case.repository.js'
import {
  CASE_COLUMNS,
  caseColumns,
  caseContentHash,
  historyText,
  IDENTIFIERS_FIELD,
  type CaseColumn,
} from './court-case-fields.js'
import type { CourtCaseRow } from './exchange-import.table.js'
import type { CaseRecord } from './row-records.js'

export type BatchRef = { id: string; court: string; sha256: string; at: Date }
export type CaseCounts = { newCases: number; updatedCases: number; unchangedCases: number }
type Ctx = { db: Db; crypto: FieldCrypto; batch: BatchRef; counts: CaseCounts }
type HashedId = { kind: NewIdentifier['kind']; value: string; hash: string }

/**
 * Upserts one chunk of case rows by (court, 案号) and returns each 案号's case id. A row equal to the
 * stored one is left alone; a changed row is updated with each changed field's old and new value
 * recorded for this batch; identifiers are replaced only when they changed.
 */
export async function upsertCaseChunk(ctx: Ctx, chunk: CaseRecord[]): Promise<Map<string, string>> {
  const found = await findCasesByNumber(
    ctx.db,
    ctx.batch.court,
    chunk.map((c) => c.caseNo),
  )
  const existing = new Map(found.map((r) => [r.case_no, r]))
  const oldIds = await findIdentifierHashes(
    ctx.db,
    found.map((r) => r.id),
  )
  const ids = new Map<string, string>()
  const fresh: { record: CaseRecord; hashed: HashedId[] }[] = []
  const history: NewHistoryRow[] = []
  const idRows: NewIdentifier[] = []
  const idOwners: string[] = []
  for (const record of chunk) {
    const hashed = record.identifiers.map((i) => ({ ...i, hash: ctx.crypto.keyedHash(i.value) }))
    const hash = caseContentHash(
      record,
      hashed.map((e) => e.hash),
    )
    const old = existing.get(record.caseNo)
    if (!old) {
      fresh.push({ record, hashed })
      continue
    }
    ids.set(record.caseNo, old.id)
    if (old.content_hash === hash) {
      ctx.counts.unchangedCases += 1
      continue
    }
    ctx.counts.updatedCases += 1
    const changes = changesOf(ctx, old, record, oldIds.get(old.id) ?? [], hashed)
    history.push(...changes)
    await updateCase(ctx.db, old.id, columnsOf(ctx, record, hash))
    if (changes.some((h) => h.field === IDENTIFIERS_FIELD)) {
      idOwners.push(old.id)
      idRows.push(...identifierRows(ctx, old.id, hashed))
    }
  }
  const inserted = await insertCases(
    ctx.db,
    fresh.map(({ record, hashed }) => ({
      court_code: ctx.batch.court,
      case_no: record.caseNo,
      ...columnsOf(
        ctx,
        record,
        caseContentHash(
          record,
          hashed.map((h) => h.hash),
        ),
      ),
      first_batch_id: ctx.batch.id,
    })),
  )
  ctx.counts.newCases += fresh.length
  for (const { record, hashed } of fresh) {
    const id = inserted.get(record.caseNo)!
    ids.set(record.caseNo, id)
    idRows.push(...identifierRows(ctx, id, hashed))
  }
  await replaceIdentifiers(ctx.db, idOwners, idRows)
  await insertHistory(ctx.db, history)
  return ids
}

function columnsOf(ctx: Ctx, record: CaseRecord, hash: string) {
  return {
    ...(caseColumns(record) as Record<CaseColumn, never>),
    content_hash: hash,
    batch_id: ctx.batch.id,
    source_file_sha256: ctx.batch.sha256,
    source_sheet: record.sheet,
    source_row: record.row,
    updated_at: ctx.batch.at,
  }
}

function identifierRows(ctx: Ctx, caseId: string, ids: HashedId[]): NewIdentifier[] {
  return ids.map((i, position) => ({
    case_id: caseId,
    position,
    kind: i.kind,
    value_encrypted: ctx.crypto.encrypt(i.value),
    value_hash: i.hash,
  }))
}

function changesOf(
  ctx: Ctx,
  old: CourtCaseRow,
  record: CaseRecord,
  oldIdHashes: string[],
  ids: HashedId[],
): NewHistoryRow[] {
  const at = { case_id: old.id, batch_id: ctx.batch.id, changed_at: ctx.batch.at }
  const rows: NewHistoryRow[] = []
  for (const [key, column] of Object.entries(CASE_COLUMNS)) {
    const before = historyText(old[column as keyof CourtCaseRow])
    const after = historyText(record.values[key] ?? null)
    if (before !== after) rows.push({ ...at, field: key, old_value: before, new_value: after })
  }
  if (oldIdHashes.join() !== ids.map((i) => i.hash).join()) {
    // the history never holds an identifier in clear: counts only
    rows.push({
      ...at,
      field: IDENTIFIERS_FIELD,
      old_value: `${oldIdHashes.length} 个（已加密）`,
      new_value: `${ids.length} 个（已加密）`,
    })
  }
  return rows
}
