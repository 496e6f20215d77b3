import {
  cellText,
  parseDate,
  parseExchangeCaseNumber,
  parseIdentifiers,
  parseMoney,
  parseText,
  type Cell,
  type Identifier,
  type Parsed,
} from '../../exchange/import/cell-values.js'
import type { SheetRow } from '../../exchange/import/workbook-read.js'
import { normalName } from './party-match.js'
import { COLUMN_LABELS, directionOf, type RefColumn, type RefKindDef } from './reference-kinds.js'

export type ParsedEntry = {
  rowNumber: number
  name: string
  id: Identifier | null
  caseNo: string | null
  date: string
  endDate: string | null
  termYears: string | null
  category: string | null
  detail: string | null
  extra: string | null
  direction: 'in' | 'out' | null
  counterparty: string | null
  amount: string | null
}

export type ParseOutcome = { ok: true; entries: ParsedEntry[] } | { ok: false; problems: string[] }

const MAX_PROBLEMS = 20
const HEADER_SCAN = 10

/**
 * Reads one reference list: the header row is the first of the first ten rows naming at least two of
 * the kind's columns; every required column must be there. A list is all or nothing — any row that
 * fails refuses the file with the rows and reasons (up to 20 listed), so nothing half-read is matched.
 */
export async function parseReferenceRows(
  def: RefKindDef,
  rows: AsyncIterable<SheetRow>,
  today: Date,
): Promise<ParseOutcome> {
  let header: Map<RefColumn, number> | undefined
  const entries: ParsedEntry[] = []
  const problems: string[] = []
  let scanned = 0
  for await (const row of rows) {
    if (!header) {
      header = headerOf(def, row.cells)
      if (header) {
        const missing = def.required.filter((c) => !header!.has(c))
        if (missing.length)
          return { ok: false, problems: [`缺少必需的列：${missing.map(label(def)).join('、')}`] }
      } else if (++scanned >= HEADER_SCAN) break
      continue
    }
    if (row.cells.every((c) => cellText(c) === '')) continue
    const entry = entryOf(def, header, row, today)
    if ('problem' in entry) {
      if (problems.length < MAX_PROBLEMS) problems.push(`第 ${row.rowNumber} 行：${entry.problem}`)
      else if (problems.length === MAX_PROBLEMS) problems.push('……（其余有误的行未列出）')
      continue
    }
    entries.push(entry)
  }
  if (!header)
    return {
      ok: false,
      problems: [`前 ${HEADER_SCAN} 行中找不到表头：应有“${label(def)('name')}”等列`],
    }
  if (problems.length) return { ok: false, problems }
  if (entries.length === 0) return { ok: false, problems: ['文件中没有数据行'] }
  return { ok: true, entries }
}

const label = (def: RefKindDef) => (c: RefColumn) => def.columns[c]?.[0] ?? COLUMN_LABELS[c]

function headerOf(def: RefKindDef, cells: Cell[]): Map<RefColumn, number> | undefined {
  const found = new Map<RefColumn, number>()
  cells.forEach((cell, index) => {
    const text = cellText(cell).replace(/\s+/g, '')
    for (const [column, aliases] of Object.entries(def.columns) as [RefColumn, string[]][])
      if (!found.has(column) && aliases.includes(text)) found.set(column, index)
  })
  return found.size >= 2 ? found : undefined
}

function entryOf(
  def: RefKindDef,
  header: Map<RefColumn, number>,
  row: SheetRow,
  today: Date,
): ParsedEntry | { problem: string } {
  const cell = (c: RefColumn): Cell => {
    const i = header.get(c)
    return i === undefined ? null : row.cells[i]
  }
  const values: Partial<Record<RefColumn, unknown>> = {}
  const check = <T>(c: RefColumn, parsed: Parsed<T>): string | undefined => {
    if (!parsed.ok) return `${label(def)(c)}：${parsed.reason}`
    if (parsed.value === null && def.required.includes(c)) return `${label(def)(c)}为空`
    values[c] = parsed.value
    return undefined
  }
  const ids = parseIdentifiers(cell('id'), today)
  const problem =
    check('name', parseText(cell('name'), 100)) ??
    check('id', ids.ok ? { ok: true, value: ids.value?.[0] ?? null } : ids) ??
    (header.has('caseNo') && cellText(cell('caseNo')) !== ''
      ? check('caseNo', parseExchangeCaseNumber(cell('caseNo'), today))
      : check('caseNo', { ok: true, value: null })) ??
    check('date', parseDate(cell('date'))) ??
    check('endDate', parseDate(cell('endDate'))) ??
    check('termYears', parseTerm(cell('termYears'))) ??
    check('category', parseText(cell('category'), 200)) ??
    check('detail', parseText(cell('detail'), 200)) ??
    check('extra', parseText(cell('extra'), 50)) ??
    check('direction', parseDirection(cell('direction'))) ??
    check('counterparty', parseText(cell('counterparty'), 100)) ??
    check('amount', parseMoney(cell('amount')))
  if (problem) return { problem }
  const v = values as Record<RefColumn, never>
  return {
    rowNumber: row.rowNumber,
    ...v,
    name: normalName(v.name as string),
  } as ParsedEntry
}

function parseTerm(cell: Cell): Parsed<string> {
  const text = cellText(cell).replace(/年$/, '')
  if (text === '') return { ok: true, value: null }
  if (!/^\d(\.\d)?$/.test(text) || Number(text) < 1 || Number(text) > 5)
    return { ok: false, reason: `“${cellText(cell)}”应为 1 到 5 之间的年数` }
  return { ok: true, value: text }
}

function parseDirection(cell: Cell): Parsed<'in' | 'out'> {
  const text = cellText(cell)
  if (text === '') return { ok: true, value: null }
  const d = directionOf(text)
  return d ? { ok: true, value: d } : { ok: false, reason: `“${text}”应为“取得”或“转出”` }
}
