import type { Cell } from './cell-values.js'
import { cellText } from './cell-values.js'
import {
  fieldForHeader,
  FIELDS,
  IGNORE,
  normaliseHeader,
  type SheetRole,
} from './exchange-fields.js'
import type { SheetRow } from './workbook-read.js'

/** What staff chose for a court, saved as a profile and reused on its next file. */
export type ImportMapping = {
  /** per sheet role: normalised header → field key (or `ignore`) */
  columns: Partial<Record<SheetRole, Record<string, string>>>
  /** per labelled field: the court's label → the canonical label */
  valueMaps: Partial<Record<'closingMethod' | 'eventType' | 'direction', Record<string, string>>>
}

export const EMPTY_MAPPING: ImportMapping = { columns: {}, valueMaps: {} }

export type ColumnLayout = {
  index: number
  header: string
  /** the second header row's court code (C_AH), when the sheet has one */
  code?: string
  field: string
  /** recognised from the alias list rather than set by staff */
  auto: boolean
  unit: '元' | '万元'
}

export type SheetLayout = {
  name: string
  role: SheetRole
  /** the row numbers of the header (one, or two when row 2 holds codes) */
  headerRows: number[]
  columns: ColumnLayout[]
}

const CODE = /^[A-Z][A-Z0-9]*_[A-Z0-9_]+$|^[A-Z]{2,10}$/
/** How far down a sheet the header is looked for (titles and notes often sit above it). */
export const HEADER_SCAN_ROWS = 10

const ROLE_BY_NAME: [RegExp, SheetRole][] = [
  [/台账|执行款|案款|款项/, 'ledger'],
  [/措施|节点|事件|流程/, 'events'],
  [/案件|清单|案号/, 'cases'],
]

/**
 * Finds the header among the first rows: the first row where at least three cells name a known
 * field (by label or court code) of some sheet role. A next row made of codes is the second header
 * row of a two-row template; its codes count as aliases too.
 */
export function detectLayout(
  name: string,
  head: SheetRow[],
  mapping: ImportMapping,
): SheetLayout | undefined {
  for (let i = 0; i < head.length; i++) {
    const labels = head[i]!.cells.map(cellText)
    const next = head[i + 1]?.cells.map(cellText) ?? []
    const codeRow =
      next.filter((t) => t !== '').length >= 2 && next.every((t) => t === '' || CODE.test(t))
    const role = roleOf(name, labels, codeRow ? next : [], mapping)
    if (!role) continue
    const columns = labels.map((header, index) =>
      column(role, header, codeRow ? next[index] : undefined, index, mapping),
    )
    const headerRows = [head[i]!.rowNumber, ...(codeRow ? [head[i + 1]!.rowNumber] : [])]
    return { name, role, headerRows, columns: columns.filter((c) => c.header !== '' || c.code) }
  }
  return undefined
}

function roleOf(
  name: string,
  labels: string[],
  codes: string[],
  mapping: ImportMapping,
): SheetRole | undefined {
  const score = (role: SheetRole) =>
    labels.filter((h, i) => {
      const saved = mapping.columns[role]?.[normaliseHeader(h)]
      if (saved) return saved !== IGNORE
      return fieldForHeader(role, h) ?? (codes[i] ? fieldForHeader(role, codes[i]!) : undefined)
    }).length
  const has = (role: SheetRole, key: string) =>
    labels.some((h, i) => {
      const saved = mapping.columns[role]?.[normaliseHeader(h)]
      const field =
        saved ?? fieldForHeader(role, h) ?? (codes[i] ? fieldForHeader(role, codes[i]!) : undefined)
      return field === key
    })
  const candidates = (['cases', 'events', 'ledger'] as const).filter(
    (r) => score(r) >= 3 && has(r, 'caseNo'),
  )
  if (candidates.length === 0) return undefined
  if (candidates.length === 1) return candidates[0]
  const byName = ROLE_BY_NAME.find(([re, role]) => re.test(name) && candidates.includes(role))
  if (byName) return byName[1]
  if (candidates.includes('events') && has('events', 'eventType')) return 'events'
  if (candidates.includes('ledger') && has('ledger', 'direction')) return 'ledger'
  return candidates.includes('cases') ? 'cases' : candidates[0]
}

function column(
  role: SheetRole,
  header: string,
  code: string | undefined,
  index: number,
  mapping: ImportMapping,
): ColumnLayout {
  const saved = mapping.columns[role]?.[normaliseHeader(header || code || '')]
  const auto = fieldForHeader(role, header) ?? (code ? fieldForHeader(role, code) : undefined)
  const unit = /万元/.test(header) ? '万元' : '元'
  return {
    index,
    header: header || code || '',
    ...(code ? { code } : {}),
    field: saved ?? auto ?? IGNORE,
    auto: saved === undefined && auto !== undefined,
    unit,
  }
}

/** The required fields of the role no column is mapped to. */
export function missingRequired(layout: SheetLayout): string[] {
  const mapped = new Set(layout.columns.map((c) => c.field))
  return FIELDS[layout.role].filter((f) => f.required && !mapped.has(f.key)).map((f) => f.key)
}

type FieldColumn = { index: number; unit: '元' | '万元' }
const columnsCache = new WeakMap<SheetLayout, Map<string, FieldColumn>>()

/** Which column holds each field (the first column mapped to it wins); computed once per layout. */
export function fieldColumns(layout: SheetLayout): Map<string, FieldColumn> {
  let columns = columnsCache.get(layout)
  if (!columns) {
    columns = new Map()
    for (const c of layout.columns) {
      if (c.field !== IGNORE && !columns.has(c.field))
        columns.set(c.field, { index: c.index, unit: c.unit })
    }
    columnsCache.set(layout, columns)
  }
  return columns
}

/** The cell of a data row mapped to `field`, with its column's unit; undefined when none is. */
export function cellOf(
  layout: SheetLayout,
  cells: Cell[],
  field: string,
): { cell: Cell; unit: '元' | '万元' } | undefined {
  const column = fieldColumns(layout).get(field)
  return column ? { cell: cells[column.index] ?? null, unit: column.unit } : undefined
}
