/**
 * The fields an exchange file may carry, per sheet, with the header aliases courts use: the Chinese
 * labels of their exports and the court database's column codes (C_AH 案号, D_LARQ 立案日期 …, which
 * the two-row headers of model-platform templates also carry). docs/product.md names the exchange;
 * the flag rules of the next step read these fields, so dates, amounts and measure kinds are typed.
 */
import { CASE_FIELDS, FLAT_EVENT_COLUMNS } from './case-fields.js'
import { EVENT_FIELDS, LEDGER_FIELDS } from './event-ledger-fields.js'
import type { FieldDef, SheetRole } from './field-types.js'

export type { FieldDef, FieldType, SheetRole } from './field-types.js'
export { FLAT_EVENT_COLUMNS } from './case-fields.js'

export const FIELDS: Record<SheetRole, readonly FieldDef[]> = {
  cases: CASE_FIELDS,
  events: EVENT_FIELDS,
  ledger: LEDGER_FIELDS,
}

export const SHEET_LABEL: Record<SheetRole, string> = {
  cases: '执行案件表',
  events: '执行措施（节点）表',
  ledger: '执行款台账',
}

/** A column that maps to nothing: shown as 未识别 and left out of the import. */
export const IGNORE = 'ignore'

/** Full-width to half-width, no spaces or line breaks, no trailing "（元）" unit: how headers compare. */
export function normaliseHeader(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '')
    .replace(/[(（][^)）]*元[)）]$/, '')
    .replace(/[*＊]$/, '')
    .toUpperCase()
}

/** The field a header names in a sheet of this role (flat measure columns count on case sheets). */
export function fieldForHeader(role: SheetRole, header: string): string | undefined {
  const h = normaliseHeader(header)
  if (h === '') return undefined
  const field = FIELDS[role].find((f) => f.aliases.some((a) => normaliseHeader(a) === h))
  if (field) return field.key
  if (role !== 'cases') return undefined
  return FLAT_EVENT_COLUMNS.find((f) => f.aliases.some((a) => normaliseHeader(a) === h))?.key
}

export function fieldLabel(role: SheetRole, key: string): string {
  return (
    FIELDS[role].find((f) => f.key === key)?.label ??
    FLAT_EVENT_COLUMNS.find((f) => f.key === key)?.label ??
    key
  )
}

/** Every field a column of this role's sheet may be mapped to, for the mapping form. */
export function mappableFields(role: SheetRole): { key: string; label: string }[] {
  const base = FIELDS[role].map((f) => ({ key: f.key, label: f.label }))
  return role === 'cases'
    ? [...base, ...FLAT_EVENT_COLUMNS.map((f) => ({ key: f.key, label: f.label }))]
    : base
}
