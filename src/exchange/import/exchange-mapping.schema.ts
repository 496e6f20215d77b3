import type { FormErrors } from '../../http/form.js'
import { IGNORE, mappableFields, normaliseHeader, type SheetRole } from './exchange-fields.js'
import type { ImportPreview } from './import-preview.js'
import type { ImportMapping } from './sheet-layout.js'
import { canonicalLabels, type LabelKind } from './value-labels.js'
import type { RemapInput } from './exchange-upload.service.js'

export const VALUE_MAP_FIELDS: { kind: LabelKind; name: string; label: string }[] = [
  { kind: 'closingMethod', name: 'values.closingMethod', label: '结案方式值对照' },
  { kind: 'eventType', name: 'values.eventType', label: '措施类型值对照' },
  { kind: 'direction', name: 'values.direction', label: '执行款类别值对照' },
]

/** "终本=终结本次执行程序" lines, as the form shows a value map. */
export function valueMapText(map: Record<string, string> | undefined): string {
  return Object.entries(map ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join('\n')
}

/**
 * The mapping form: one select per column of each recognised sheet (`col.<role>.<index>`), the value
 * maps as lines, and an optional profile name. A value map must name a canonical label.
 */
export function parseMappingForm(
  body: Record<string, unknown>,
  preview: ImportPreview,
): { ok: true; input: RemapInput } | { ok: false; errors: FormErrors } {
  const errors: FormErrors = {}
  const mapping: ImportMapping = { columns: {}, valueMaps: {} }
  for (const sheet of preview.sheets) {
    const allowed = new Set([IGNORE, ...mappableFields(sheet.role).map((f) => f.key)])
    const columns = (mapping.columns[sheet.role as SheetRole] ??= {})
    for (const c of sheet.columns) {
      const chosen = String(body[`col.${sheet.role}.${c.index}`] ?? c.field)
      columns[normaliseHeader(c.header)] = allowed.has(chosen) ? chosen : IGNORE
    }
  }
  for (const f of VALUE_MAP_FIELDS) {
    const lines = String(body[f.name] ?? '')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== '')
    const map: Record<string, string> = {}
    for (const line of lines) {
      const [raw, label] = line.split(/[=＝]/).map((s) => s?.trim() ?? '')
      if (!raw || !label) {
        errors[f.name] = `“${line}”应写成“法院的写法=标准名称”，例如“终本=终结本次执行程序”`
        break
      }
      if (!canonicalLabels(f.kind).includes(label)) {
        errors[f.name] = `“${label}”不是标准名称，可用的有：${canonicalLabels(f.kind).join('、')}`
        break
      }
      map[raw] = label
    }
    if (Object.keys(map).length > 0) mapping.valueMaps[f.kind] = map
  }
  const profileName = String(body.profileName ?? '').trim()
  if (profileName.length > 60) errors.profileName = '方案名称不能超过 60 个字'
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  return { ok: true, input: { mapping, profileName: profileName || undefined } }
}
