import { cellText, type Cell } from './cell-values.js'
import type { SheetRole } from './exchange-fields.js'
import type { Detected } from './format-detect.js'
import {
  caseRecord,
  eventRecord,
  ledgerRecord,
  type CaseRecord,
  type EventRecord,
  type LedgerRecord,
  type Rejection,
  type RowOutcome,
} from './row-records.js'
import {
  detectLayout,
  HEADER_SCAN_ROWS,
  type ImportMapping,
  type SheetLayout,
} from './sheet-layout.js'
import { readSheets, type FileSource, type SheetRow } from './workbook-read.js'

export type WalkOptions = { maxRows: number; today: Date; roles: readonly SheetRole[] }

/** Called for each row of the sheets walked; a promise is awaited, so a writer can apply back-pressure. */
export type WalkVisitor = {
  onLayout?(layout: SheetLayout): void
  onRow?(layout: SheetLayout, row: SheetRow): void
  onCase?(record: CaseRecord): Promise<void> | void
  onEvent?(record: EventRecord): Promise<void> | void
  onLedger?(record: LedgerRecord): Promise<void> | void
  onReject(rejection: Rejection): Promise<void> | void
}

export type WalkResult = { layouts: SheetLayout[]; otherSheets: string[] }

/**
 * One pass over the file: finds each sheet's header and role, then parses the data rows of the
 * sheets whose role is asked for. Other sheets are read through (a streamed workbook cannot skip
 * them) and count against the row limit like the rest.
 */
export async function walkFile(
  source: FileSource,
  detected: Detected,
  mapping: ImportMapping,
  options: WalkOptions,
  visitor: WalkVisitor,
): Promise<WalkResult> {
  const result: WalkResult = { layouts: [], otherSheets: [] }
  const seenCases = new Map<string, number>()
  for await (const sheet of readSheets(
    source,
    detected.format,
    detected.encoding,
    options.maxRows,
  )) {
    const head: SheetRow[] = []
    let layout: SheetLayout | undefined
    let decided = false
    for await (const row of sheet.rows) {
      if (!decided) {
        head.push(row)
        if (head.length < HEADER_SCAN_ROWS) continue
        decided = true
        layout = detectLayout(sheet.name, head, mapping)
        if (layout) result.layouts.push(layout)
        else result.otherSheets.push(sheet.name)
        if (layout && options.roles.includes(layout.role)) {
          visitor.onLayout?.(layout)
          for (const r of dataRows(layout, head))
            await visit(layout, r, options, mapping, visitor, seenCases)
        }
        continue
      }
      if (layout && options.roles.includes(layout.role)) {
        await visit(layout, row, options, mapping, visitor, seenCases)
      }
    }
    if (!decided) {
      layout = detectLayout(sheet.name, head, mapping)
      if (layout) result.layouts.push(layout)
      else result.otherSheets.push(sheet.name)
      if (layout && options.roles.includes(layout.role)) {
        visitor.onLayout?.(layout)
        for (const r of dataRows(layout, head))
          await visit(layout, r, options, mapping, visitor, seenCases)
      }
    }
  }
  return result
}

function dataRows(layout: SheetLayout, head: SheetRow[]): SheetRow[] {
  const last = layout.headerRows[layout.headerRows.length - 1]!
  return head.filter((r) => r.rowNumber > last)
}

const isBlank = (cells: Cell[]) => cells.every((c) => cellText(c) === '')

async function visit(
  layout: SheetLayout,
  row: SheetRow,
  options: WalkOptions,
  mapping: ImportMapping,
  visitor: WalkVisitor,
  seenCases: Map<string, number>,
): Promise<void> {
  if (isBlank(row.cells)) return
  visitor.onRow?.(layout, row)
  const origin = { sheet: layout.name, row: row.rowNumber }
  const ctx = { today: options.today, mapping }
  const reject = (reason: string) =>
    visitor.onReject({ ...origin, reason, raw: row.cells.map(cellText) })
  if (layout.role === 'cases') {
    const outcome: RowOutcome<CaseRecord> = caseRecord(layout, origin, row.cells, ctx)
    if (!outcome.ok) return reject(outcome.reason)
    const earlier = seenCases.get(outcome.record.caseNo)
    if (earlier !== undefined) return reject(`案号在本文件中重复（第 ${earlier} 行已有此案号）`)
    seenCases.set(outcome.record.caseNo, row.rowNumber)
    return visitor.onCase?.(outcome.record)
  }
  if (layout.role === 'events') {
    const outcome = eventRecord(layout, origin, row.cells, ctx)
    return outcome.ok ? visitor.onEvent?.(outcome.record) : reject(outcome.reason)
  }
  const outcome = ledgerRecord(layout, origin, row.cells, ctx)
  return outcome.ok ? visitor.onLedger?.(outcome.record) : reject(outcome.reason)
}

const ALL_ROLES: readonly SheetRole[] = ['cases', 'events', 'ledger']

/**
 * Walks the file so that every case row reaches the visitor before any event or ledger row that
 * may name it: in one pass when the case sheet comes first (as courts' exports have it), otherwise
 * the sheets found before it are read again in a second pass.
 */
export async function walkCasesFirst(
  source: FileSource,
  detected: Detected,
  mapping: ImportMapping,
  options: Omit<WalkOptions, 'roles'>,
  visitor: WalkVisitor,
): Promise<WalkResult> {
  let casesSeen = false
  const deferred = new Set<string>()
  const now = (sheet: string) => !deferred.has(sheet)
  const first = await walkFile(
    source,
    detected,
    mapping,
    { ...options, roles: ALL_ROLES },
    {
      onLayout: (l) => {
        if (l.role === 'cases') casesSeen = true
        else if (!casesSeen) return void deferred.add(l.name)
        visitor.onLayout?.(l)
      },
      onRow: (l, r) => (now(l.name) ? visitor.onRow?.(l, r) : undefined),
      onCase: (c) => visitor.onCase?.(c),
      onEvent: (e) => (now(e.sheet) ? visitor.onEvent?.(e) : undefined),
      onLedger: (l) => (now(l.sheet) ? visitor.onLedger?.(l) : undefined),
      onReject: (r) => (now(r.sheet) ? visitor.onReject(r) : undefined),
    },
  )
  if (deferred.size === 0 || !casesSeen) return first
  const later = (sheet: string) => deferred.has(sheet)
  await walkFile(
    source,
    detected,
    mapping,
    { ...options, roles: ['events', 'ledger'] },
    {
      onLayout: (l) => (later(l.name) ? visitor.onLayout?.(l) : undefined),
      onRow: (l, r) => (later(l.name) ? visitor.onRow?.(l, r) : undefined),
      onEvent: (e) => (later(e.sheet) ? visitor.onEvent?.(e) : undefined),
      onLedger: (l) => (later(l.sheet) ? visitor.onLedger?.(l) : undefined),
      onReject: (r) => (later(r.sheet) ? visitor.onReject(r) : undefined),
    },
  )
  return first
}
