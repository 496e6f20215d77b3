import type { Db } from '../db/database.js'
import { DEFAULT_THRESHOLDS, DEFAULT_WEIGHTS } from './rules/index.js'
import type { Thresholds } from './rules/rule-types.js'
import { findLeadSettings } from './lead-settings.repository.js'

export type LeadSettings = { thresholds: Thresholds; weights: Readonly<Record<string, number>> }

export const weightKey = (ruleId: string) => `weight.${ruleId}`

/** The admin's values laid over the national defaults; a key no rule knows any more is ignored. */
export async function loadLeadSettings(db: Db): Promise<LeadSettings> {
  const rows = await findLeadSettings(db)
  const thresholds: Record<string, number> = { ...DEFAULT_THRESHOLDS }
  const weights: Record<string, number> = { ...DEFAULT_WEIGHTS }
  for (const r of rows) {
    if (r.key in thresholds) thresholds[r.key] = Number(r.value)
    const rule = r.key.startsWith('weight.') ? r.key.slice(7) : undefined
    if (rule && rule in weights) weights[rule] = Number(r.value)
  }
  return { thresholds, weights }
}

/** 高 / 中 / 低 by the sum of the raised rules' weights (docs/decisions/060-supervision-leads.md). */
export const SEVERITY_BANDS = [
  { key: 'high', label: '高', min: 6 },
  { key: 'medium', label: '中', min: 3 },
  { key: 'low', label: '低', min: 0 },
] as const

export type SeverityBand = (typeof SEVERITY_BANDS)[number]['key']

export function bandOf(severity: number): (typeof SEVERITY_BANDS)[number] {
  return SEVERITY_BANDS.find((b) => severity >= b.min) ?? SEVERITY_BANDS[2]
}
