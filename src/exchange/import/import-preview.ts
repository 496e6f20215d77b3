import { fieldLabel, FIELDS, IGNORE, type SheetRole } from './exchange-fields.js'
import type { Detected } from './format-detect.js'
import { ImportRefused, refusalText } from './import-refusal.js'
import { walkCasesFirst } from './import-walk.js'
import { orphanReason, type Rejection } from './row-records.js'
import { displayValue } from './preview-values.js'
import { missingRequired, type ImportMapping, type SheetLayout } from './sheet-layout.js'
import type { FileSource } from './workbook-read.js'

/** What staff check before confirming: kept with the pending batch as JSON. */
export type ImportPreview = {
  sheets: PreviewSheet[]
  otherSheets: string[]
  rowsRead: number
  accepted: number
  rejectedTotal: number
  /** the first PREVIEW_REJECTIONS rejected rows; the report after import lists them all */
  rejected: Rejection[]
  cases: number
  newCases: number
  events: number
  ledgerRows: number
}

export type PreviewSheet = {
  name: string
  role: SheetRole
  headerRows: number[]
  columns: {
    index: number
    header: string
    code?: string
    field: string
    fieldLabel: string
    auto: boolean
  }[]
  missing: string[]
  sample: { row: number; values: string[] }[]
}

export const PREVIEW_SAMPLE_ROWS = 5
export const PREVIEW_REJECTIONS = 200

/**
 * Reads the whole file twice without storing anything — the case sheet first, so events and ledger
 * rows can be checked against its 案号 (and those already imported for the court) — and counts what
 * confirming would store and refuse.
 */
export async function previewImport(
  source: FileSource,
  detected: Detected,
  mapping: ImportMapping,
  options: { maxRows: number; today: Date; knownCaseNos: ReadonlySet<string> },
): Promise<ImportPreview> {
  const preview: ImportPreview = {
    sheets: [],
    otherSheets: [],
    rowsRead: 0,
    accepted: 0,
    rejectedTotal: 0,
    rejected: [],
    cases: 0,
    newCases: 0,
    events: 0,
    ledgerRows: 0,
  }
  const ctx = { today: options.today, mapping }
  const sheets = new Map<string, PreviewSheet>()
  const fileCases = new Set<string>()
  const reject = (r: Rejection) => {
    preview.rejectedTotal += 1
    if (preview.rejected.length < PREVIEW_REJECTIONS) preview.rejected.push(r)
  }
  const visitor = {
    onLayout: (layout: SheetLayout) => {
      const sheet = previewSheet(layout)
      sheets.set(layout.name, sheet)
      preview.sheets.push(sheet)
    },
    onRow: (layout: SheetLayout, row: { rowNumber: number; cells: unknown[] }) => {
      preview.rowsRead += 1
      const sheet = sheets.get(layout.name)!
      if (sheet.sample.length >= PREVIEW_SAMPLE_ROWS) return
      const values = layout.columns.map((c) =>
        c.field === IGNORE
          ? ''
          : displayValue(layout.role, c.field, row.cells[c.index] as never, c.unit, ctx),
      )
      sheet.sample.push({ row: row.rowNumber, values })
    },
    onReject: reject,
  }
  const known = (caseNo: string) => fileCases.has(caseNo) || options.knownCaseNos.has(caseNo)
  const orphan = (r: { sheet: string; row: number; caseNo: string }) =>
    reject({ sheet: r.sheet, row: r.row, reason: orphanReason(r.caseNo), raw: [] })
  const accept = (key: 'events' | 'ledgerRows') => {
    preview[key] += 1
    preview.accepted += 1
  }
  const first = await walkCasesFirst(source, detected, mapping, options, {
    ...visitor,
    onCase: (c) => {
      fileCases.add(c.caseNo)
      preview.cases += 1
      preview.accepted += 1
      preview.events += c.flatEvents.length
      if (!options.knownCaseNos.has(c.caseNo)) preview.newCases += 1
    },
    onEvent: (e) => (known(e.caseNo) ? accept('events') : orphan(e)),
    onLedger: (l) => (known(l.caseNo) ? accept('ledgerRows') : orphan(l)),
  })
  if (!first.layouts.some((l) => l.role === 'cases')) {
    throw new ImportRefused('no_case_sheet', refusalText.noCaseSheet(source.name))
  }
  preview.otherSheets = first.otherSheets
  return preview
}

function previewSheet(layout: SheetLayout): PreviewSheet {
  return {
    name: layout.name,
    role: layout.role,
    headerRows: layout.headerRows,
    columns: layout.columns.map((c) => ({
      index: c.index,
      header: c.header,
      ...(c.code ? { code: c.code } : {}),
      field: c.field,
      fieldLabel: c.field === IGNORE ? '未识别' : fieldLabel(layout.role, c.field),
      auto: c.auto,
    })),
    missing: missingRequired(layout).map(
      (k) => FIELDS[layout.role].find((f) => f.key === k)!.label,
    ),
    sample: [],
  }
}
