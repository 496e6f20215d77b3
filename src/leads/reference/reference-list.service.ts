import { insertAuditEvent } from '../../audit/audit.repository.js'
import { isCalendarDate } from '../../calendar/calendar-date.js'
import type { Deps } from '../../deps.js'
import { NotFound } from '../../errors.js'
import { storedFileSource } from '../../exchange/import/exchange-source.js'
import type { ReceivedExchangeFile } from '../../exchange/import/exchange-upload.js'
import { detectFormat } from '../../exchange/import/format-detect.js'
import { ImportRefused } from '../../exchange/import/import-refusal.js'
import { readSheets } from '../../exchange/import/workbook-read.js'
import { todayInChina } from '../../kernel/china-time.js'
import { recordedActor, type StaffActor } from '../../staff/staff-actor.js'
import { evaluateCases } from '../evaluation/evaluation.service.js'
import type { RefKind } from '../rules/rule-types.js'
import { kindDef } from './reference-kinds.js'
import { parseReferenceRows, type ParsedEntry } from './reference-parse.js'
import {
  findActiveListBySha,
  insertReferenceEntries,
  insertReferenceList,
  lockReferenceList,
  withdrawReferenceList,
  type NewReferenceEntry,
} from './reference-list.repository.js'

export type ListFacts = { kind: RefKind; source: string; obtainedOn: string; legalBasis: string }

/** A refusal shown on the form: which field, and the problems (rows) found. */
export class ReferenceRefused extends Error {
  constructor(
    readonly field: 'file' | 'obtainedOn',
    readonly problems: string[],
  ) {
    super('reference list refused')
  }
}

const MAX_ROWS = 200_000

/**
 * Reads an uploaded list through, all or nothing, then stores it with its source, date and basis,
 * re-evaluates every court case against it and records the audit event — one transaction, so a lead
 * never rests on a list that was not saved. The file itself is not kept: the entries are.
 */
export async function importReferenceList(
  deps: Deps,
  actor: StaffActor,
  facts: ListFacts,
  file: ReceivedExchangeFile,
): Promise<{ entries: number; raised: number }> {
  const def = kindDef(facts.kind)!
  const now = deps.clock.now()
  if (!isCalendarDate(facts.obtainedOn) || facts.obtainedOn > todayInChina(now))
    throw new ReferenceRefused('obtainedOn', ['获取日期应为今天或以前的真实日期'])
  const entries = await readEntries(deps, file, def, now)
  return deps.db.transaction().execute(async (trx) => {
    const twin = await findActiveListBySha(trx, facts.kind, file.sha256)
    if (twin)
      throw new ReferenceRefused('file', [`同一文件已作为${def.label}导入，正在使用，无需重复导入`])
    const id = await insertReferenceList(trx, {
      kind: facts.kind,
      source: facts.source,
      obtained_on: facts.obtainedOn,
      legal_basis: facts.legalBasis,
      file_name: file.name,
      file_sha256: file.sha256,
      entry_count: entries.length,
      uploaded_by: actor.staff.id,
      uploaded_at: now,
    })
    await insertReferenceEntries(trx, id, entries.map(encrypted(deps)))
    const summary = await evaluateCases(trx, {
      now,
      cal: deps.calendar.dayInfo(),
      crypto: deps.fieldCrypto,
    })
    const raised = def.rules.reduce((n, r) => n + (summary.raised[r] ?? 0), 0)
    await insertAuditEvent(trx, {
      actor: recordedActor(actor),
      ip: actor.ip,
      action: 'reference_list.upload',
      at: now,
      object: { type: 'reference_list', id },
      result: 'success',
      details: {
        kind: facts.kind,
        source: facts.source,
        obtainedOn: facts.obtainedOn,
        legalBasis: facts.legalBasis,
        fileSha256: file.sha256,
        entries: entries.length,
        raisedByRule: Object.fromEntries(def.rules.map((r) => [r, summary.raised[r] ?? 0])),
        newLeads: summary.newLeads,
      },
    })
    return { entries: entries.length, raised }
  })
}

async function readEntries(
  deps: Deps,
  file: ReceivedExchangeFile,
  def: NonNullable<ReturnType<typeof kindDef>>,
  now: Date,
): Promise<ParsedEntry[]> {
  const source = storedFileSource(deps, { key: file.id, name: file.name, size: file.size })
  try {
    const detected = await detectFormat(source)
    for await (const sheet of readSheets(source, detected.format, detected.encoding, MAX_ROWS)) {
      const parsed = await parseReferenceRows(def, sheet.rows, now)
      if (!parsed.ok) throw new ReferenceRefused('file', parsed.problems)
      return parsed.entries
    }
    throw new ReferenceRefused('file', ['文件中没有工作表'])
  } catch (err) {
    if (err instanceof ImportRefused) throw new ReferenceRefused('file', [err.reason])
    throw err
  }
}

const encrypted =
  (deps: Deps) =>
  (e: ParsedEntry): NewReferenceEntry => ({
    row_number: e.rowNumber,
    name: e.name,
    id_kind: e.id?.kind ?? null,
    id_encrypted: e.id ? deps.fieldCrypto.encrypt(e.id.value) : null,
    case_no: e.caseNo,
    entry_date: e.date,
    end_date: e.endDate,
    term_years: e.termYears,
    category: e.category,
    detail: e.detail,
    extra: e.extra,
    direction: e.direction,
    counterparty: e.counterparty,
    amount: e.amount,
  })

/** Stops using a list (kept for the record), re-evaluates, and audits it — one transaction. */
export async function withdrawList(
  deps: Deps,
  actor: StaffActor,
  id: string,
  reason: string,
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const list = /^[0-9a-f-]{36}$/.test(id) ? await lockReferenceList(trx, id) : undefined
    if (!list || list.status !== 'active') throw new NotFound('没有找到这份正在使用的名单。')
    const now = deps.clock.now()
    await withdrawReferenceList(trx, id, actor.staff.id, now, reason)
    const summary = await evaluateCases(trx, {
      now,
      cal: deps.calendar.dayInfo(),
      crypto: deps.fieldCrypto,
    })
    await insertAuditEvent(trx, {
      actor: recordedActor(actor),
      ip: actor.ip,
      action: 'reference_list.withdraw',
      at: now,
      object: { type: 'reference_list', id },
      result: 'success',
      details: { kind: list.kind, source: list.source, reason, raised: summary.raised },
    })
  })
}
