import { insertAuditEvent } from '../../audit/audit.repository.js'
import type { Deps } from '../../deps.js'
import { AppError, NotFound } from '../../errors.js'
import { formatChineseDateTime, todayInChina } from '../../kernel/china-time.js'
import { recordedActor, type StaffActor } from '../../staff/staff-actor.js'
import { evaluateImport, type ImportFlags } from '../../leads/evaluation/import-evaluation.js'
import { insertExchangeLogEntry } from '../log/exchange-log.repository.js'
import {
  findConfirmedBySha,
  lockBatch,
  lockCourtImports,
  markConfirmed,
} from './exchange-batch.repository.js'
import type { ExchangeBatchRow } from './exchange-import.table.js'
import { storedFileSource } from './exchange-source.js'
import type { Detected } from './format-detect.js'
import { ImportRefused, refusalText } from './import-refusal.js'
import { ImportStore, type StoreCounts } from './import-store.js'
import { walkCasesFirst } from './import-walk.js'
import type { ImportMapping } from './sheet-layout.js'

/** What a confirmed batch keeps as its report (the rejected rows themselves are rows of their own). */
export type ImportReport = StoreCounts & {
  rowsRead: number
  accepted: number
  cases: number
  /** the flag rules run on the court's cases after this batch (absent on batches before issue 15) */
  flags?: ImportFlags
}

/**
 * Stores a pending batch, all in one transaction: the court's rows (chunked, see ImportStore), the
 * batch's report, its exchange-log entry (法院→本院) and the audit event commit together or not at
 * all. A second confirmation of the same batch waits for the first and is then refused; so is a
 * file identical to one already imported for the court.
 */
export async function confirmBatch(
  deps: Deps,
  actor: StaffActor,
  batchId: string,
): Promise<ImportReport> {
  return deps.db.transaction().execute(async (trx) => {
    const batch = await lockBatch(trx, batchId)
    if (!batch) throw new NotFound('没有找到这个导入批次。')
    if (batch.status === 'confirmed')
      throw new AppError(409, 'conflict', '这个批次已经导入，不能重复导入。')
    await lockCourtImports(trx, batch.court_code)
    const earlier = await findConfirmedBySha(trx, batch.court_code, batch.file_sha256)
    if (earlier?.confirmed_at) {
      throw new AppError(
        409,
        'conflict',
        refusalText.duplicateFile(batch.file_name, formatChineseDateTime(earlier.confirmed_at)),
      )
    }
    const now = deps.clock.now()
    const store = new ImportStore(trx, deps.fieldCrypto, {
      id: batch.id,
      court: batch.court_code,
      sha256: batch.file_sha256,
      at: now,
    })
    const report = await storeRows(deps, batch, store)
    report.flags = await evaluateImport(trx, batch, now, deps.calendar.dayInfo(), deps.fieldCrypto)
    await markConfirmed(trx, batch.id, actor.staff.id, now, report)
    await insertExchangeLogEntry(trx, {
      exchanged_on: todayInChina(now),
      direction: 'from_court',
      source: 'import',
      counterpart: batch.court_name,
      content: contentOf(report),
      item_count: report.accepted,
      batch_id: batch.id,
      file_key: batch.file_key,
      file_name: batch.file_name,
      file_sha256: batch.file_sha256,
      file_size: batch.file_size,
      note: null,
      handled_by: actor.staff.id,
      recorded_at: now,
    })
    await insertAuditEvent(trx, {
      actor: recordedActor(actor),
      ip: actor.ip,
      action: 'exchange.confirm',
      at: now,
      object: { type: 'exchange_batch', id: batch.id },
      result: 'success',
      details: { court: batch.court_code, ...report, flags: flagCounts(report.flags) },
    })
    return report
  })
}

async function storeRows(
  deps: Deps,
  batch: ExchangeBatchRow,
  store: ImportStore,
): Promise<ImportReport> {
  const source = storedFileSource(deps, {
    key: batch.file_key,
    name: batch.file_name,
    size: batch.file_size,
  })
  const detected: Detected = {
    format: batch.file_format,
    ...(batch.encoding ? { encoding: batch.encoding } : {}),
  }
  const mapping = batch.mapping as ImportMapping
  const options = { maxRows: deps.config.exchangeMaxRows, today: deps.clock.now() }
  let rowsRead = 0
  let cases = 0
  const common = {
    onRow: () => void (rowsRead += 1),
    onReject: (r: Parameters<ImportStore['addRejection']>[0]) => store.addRejection(r),
  }
  try {
    await walkCasesFirst(source, detected, mapping, options, {
      ...common,
      onCase: (c) => ((cases += 1), store.addCase(c)),
      onEvent: (e) => store.addEvent(e),
      onLedger: (l) => store.addLedger(l),
    })
    await store.flush()
  } catch (err) {
    if (err instanceof ImportRefused) throw new AppError(422, 'bad_request', err.reason)
    throw err
  }
  const c = store.counts
  return {
    ...c,
    rowsRead,
    cases,
    accepted: cases + c.newEvents + c.repeatedEvents + c.newLedgerRows + c.repeatedLedgerRows,
  }
}

function contentOf(r: ImportReport): string {
  const parts = [`执行案件信息（${r.cases}件）`]
  if (r.newEvents + r.repeatedEvents > 0)
    parts.push(`执行节点（${r.newEvents + r.repeatedEvents}条）`)
  if (r.newLedgerRows + r.repeatedLedgerRows > 0)
    parts.push(`执行款台账（${r.newLedgerRows + r.repeatedLedgerRows}条）`)
  return parts.join('、')
}

function flagCounts(f: ImportFlags | undefined) {
  if (!f) return undefined
  return { raised: f.raised, newLeads: f.newLeads, reopened: f.reopened }
}
