import {
  cellText,
  parseBool,
  parseDate,
  parseExchangeCaseNumber,
  parseIdentifiers,
  parseInteger,
  parseMoney,
  parseNames,
  parseText,
  type Cell,
  type Identifier,
  type Parsed,
} from './cell-values.js'
import {
  FIELDS,
  fieldLabel,
  FLAT_EVENT_COLUMNS,
  type FieldDef,
  type SheetRole,
} from './exchange-fields.js'
import { cellOf, fieldColumns, type ImportMapping, type SheetLayout } from './sheet-layout.js'
import { canonicalLabel, type LabelKind } from './value-labels.js'

/** Where a stored row came from: the sheet and the row number Excel shows. */
export type Origin = { sheet: string; row: number }

export type CaseRecord = Origin & {
  caseNo: string
  values: Record<string, string | number | boolean | string[] | null>
  identifiers: Identifier[]
  /** events synthesised from the flat layout's date columns */
  flatEvents: EventRecord[]
}

export type EventRecord = Origin & {
  caseNo: string
  eventType: string
  eventLabel: string
  party: string | null
  date: string
  endDate: string | null
  amount: string | null
  scope: string | null
  result: string | null
  note: string | null
}

export type LedgerRecord = Origin & {
  caseNo: string
  txnNo: string | null
  direction: string
  date: string
  amount: string
  counterparty: string | null
  channel: string | null
  deferReason: string | null
  deferDays: number | null
}

export type Rejection = Origin & { reason: string; raw: string[] }

/** An event or ledger row whose 案号 is neither in the file's case sheet nor stored for the court. */
export const orphanReason = (caseNo: string) => `案号“${caseNo}”不在执行案件表中，也未曾导入`

export type RowOutcome<T> = { ok: true; record: T } | { ok: false; reason: string }

export type Ctx = { today: Date; mapping: ImportMapping }

/** Parses each mapped cell by its field's type; every problem of the row is collected. */
function parseFields(
  role: SheetRole,
  layout: SheetLayout,
  cells: Cell[],
  ctx: Ctx,
): { values: Record<string, unknown>; problems: string[] } {
  const values: Record<string, unknown> = {}
  const problems: string[] = []
  for (const def of FIELDS[role]) {
    const entry = cellOf(layout, cells, def.key)
    if (!entry && def.required) {
      problems.push(`表中没有“${def.label}”列`)
      continue
    }
    const parsed = entry
      ? parseCell(def, entry.cell, entry.unit, ctx)
      : { ok: true as const, value: null }
    if (!parsed.ok) problems.push(`${def.label}：${parsed.reason}`)
    else if (parsed.value === null && def.required && def.type !== 'closingMethod') {
      problems.push(`${def.label}为空`)
    } else values[def.key] = parsed.value
  }
  return { values, problems }
}

export function parseCell(
  def: FieldDef,
  cell: Cell,
  unit: '元' | '万元',
  ctx: Ctx,
): Parsed<unknown> {
  switch (def.type) {
    case 'caseNo':
      return parseExchangeCaseNumber(cell, ctx.today)
    case 'date':
      return parseDate(cell)
    case 'money':
      return parseMoney(cell, unit)
    case 'names':
      return parseNames(cell)
    case 'ids':
      return parseIdentifiers(cell, ctx.today)
    case 'bool':
      return parseBool(cell)
    case 'int':
      return parseInteger(cell)
    case 'closingMethod':
    case 'eventType':
    case 'direction':
      return parseLabel(def.type, cell, ctx.mapping)
    default:
      return parseText(cell)
  }
}

function parseLabel(kind: LabelKind, cell: Cell, mapping: ImportMapping): Parsed<string> {
  const raw = cellText(cell)
  if (raw === '') return { ok: true, value: kind === 'closingMethod' ? '未结' : null }
  const label = canonicalLabel(kind, raw, mapping.valueMaps[kind])
  if (label) return { ok: true, value: label }
  const what =
    kind === 'closingMethod' ? '结案方式' : kind === 'eventType' ? '措施类型' : '款项类别'
  return { ok: false, reason: `“${raw}”不是可识别的${what}，可在“值对照”中指定它对应的标准名称` }
}

export function caseRecord(
  layout: SheetLayout,
  row: Origin,
  cells: Cell[],
  ctx: Ctx,
): RowOutcome<CaseRecord> {
  const { values, problems } = parseFields('cases', layout, cells, ctx)
  const closingMethod = values.closingMethod as string | null
  if (closingMethod && closingMethod !== '未结' && !values.closingDate && problems.length === 0) {
    problems.push('结案方式不是“未结”，但结案日期为空')
  }
  const flat = flatEvents(layout, row, cells, values.caseNo as string, problems)
  if (problems.length > 0) return { ok: false, reason: problems.join('；') }
  const closingRaw = cellOf(layout, cells, 'closingMethod')
  const { respondentIds, caseNo, court: _court, ...rest } = values
  return {
    ok: true,
    record: {
      ...row,
      caseNo: caseNo as string,
      values: {
        ...(rest as CaseRecord['values']),
        closingMethodRaw: closingRaw ? cellText(closingRaw.cell) || null : null,
      },
      identifiers: (respondentIds as Identifier[] | null) ?? [],
      flatEvents: flat,
    },
  }
}

function flatEvents(
  layout: SheetLayout,
  row: Origin,
  cells: Cell[],
  caseNo: string,
  problems: string[],
): EventRecord[] {
  const events: EventRecord[] = []
  for (const flat of FLAT_EVENT_COLUMNS) {
    const column = fieldColumns(layout).get(flat.key)
    if (!column) continue
    const parsed = parseDate(cells[column.index] ?? null)
    if (!parsed.ok) problems.push(`${flat.label}：${parsed.reason}`)
    else if (parsed.value) {
      events.push({
        ...row,
        caseNo,
        eventType: flat.eventType,
        eventLabel: flat.label,
        party: null,
        date: parsed.value,
        endDate: null,
        amount: null,
        scope: null,
        result: null,
        note: null,
      })
    }
  }
  return events
}

export function eventRecord(
  layout: SheetLayout,
  row: Origin,
  cells: Cell[],
  ctx: Ctx,
): RowOutcome<EventRecord> {
  const { values: v, problems } = parseFields('events', layout, cells, ctx)
  if (problems.length > 0) return { ok: false, reason: problems.join('；') }
  const rawType = cellOf(layout, cells, 'eventType')
  return {
    ok: true,
    record: {
      ...row,
      caseNo: v.caseNo as string,
      eventType: v.eventType as string,
      eventLabel: rawType ? cellText(rawType.cell) : (v.eventType as string),
      party: (v.party as string | null) ?? null,
      date: v.date as string,
      endDate: (v.endDate as string | null) ?? null,
      amount: (v.amount as string | null) ?? null,
      scope: (v.scope as string | null) ?? null,
      result: (v.result as string | null) ?? null,
      note: (v.note as string | null) ?? null,
    },
  }
}

export function ledgerRecord(
  layout: SheetLayout,
  row: Origin,
  cells: Cell[],
  ctx: Ctx,
): RowOutcome<LedgerRecord> {
  const { values: v, problems } = parseFields('ledger', layout, cells, ctx)
  if (problems.length > 0) return { ok: false, reason: problems.join('；') }
  return {
    ok: true,
    record: {
      ...row,
      caseNo: v.caseNo as string,
      txnNo: (v.txnNo as string | null) ?? null,
      direction: v.direction as string,
      date: v.date as string,
      amount: v.amount as string,
      counterparty: (v.counterparty as string | null) ?? null,
      channel: (v.channel as string | null) ?? null,
      deferReason: (v.deferReason as string | null) ?? null,
      deferDays: (v.deferDays as number | null) ?? null,
    },
  }
}
