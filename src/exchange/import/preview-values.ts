import { cellText, parseDate, type Cell, type Identifier } from './cell-values.js'
import { FIELDS, FLAT_EVENT_COLUMNS, type SheetRole } from './exchange-fields.js'
import { parseCell, type Ctx } from './row-records.js'

/** A parsed value as the preview shows it; identifiers masked. */
export function displayValue(
  role: SheetRole,
  field: string,
  cell: Cell,
  unit: '元' | '万元',
  ctx: Ctx,
): string {
  const def = FIELDS[role].find((f) => f.key === field)
  if (!def) {
    const flat = FLAT_EVENT_COLUMNS.find((f) => f.key === field)
    if (!flat) return cellText(cell)
    const d = parseDate(cell)
    return d.ok ? (d.value ?? '') : `（${d.reason}）`
  }
  const parsed = parseCell(def, cell, unit, ctx)
  if (!parsed.ok) return `（${parsed.reason}）`
  const v = parsed.value
  if (v === null) return ''
  if (def.type === 'ids') return (v as Identifier[]).map((i) => maskShort(i.value)).join('、')
  if (def.type === 'money') return `${v as string} 元`
  if (Array.isArray(v)) return v.join('、')
  if (typeof v === 'boolean') return v ? '是' : '否'
  return String(v)
}

function maskShort(value: string): string {
  return value.length <= 8
    ? '****'
    : `${value.slice(0, 4)}${'*'.repeat(value.length - 8)}${value.slice(-4)}`
}
