import { z } from 'zod'
import { weightKey } from '../../../leads/lead-settings.js'
import { RULES, THRESHOLD_DEFS } from '../../../leads/rules/index.js'

export type SettingField = {
  key: string
  label: string
  unit: string
  min: number
  max: number
  default: number
  /** why the default is what it is (an unverified source, no published standard) */
  note?: string | undefined
}

export const WEIGHT_RANGE = { min: 0, max: 10 } as const

/** Every editable setting: the thresholds, then one severity weight per rule. */
export const SETTING_FIELDS: readonly SettingField[] = [
  ...THRESHOLD_DEFS,
  ...RULES.map((r) => ({
    key: weightKey(r.id),
    label: `${r.id} ${r.name} 的严重程度权重`,
    unit: '',
    ...WEIGHT_RANGE,
    default: r.weight,
  })),
]

function numberField(f: SettingField) {
  const range = `请填写 ${f.min} 到 ${f.max} 之间的整数${f.unit ? `（单位：${f.unit}）` : ''}`
  return z
    .string({ error: `请填写${f.label}` })
    .trim()
    .min(1, `请填写${f.label}`)
    .regex(/^\d+$/, range)
    .transform(Number)
    .refine((n) => n >= f.min && n <= f.max, range)
}

/** Field names are the setting keys (`X01.months`, `weight.X01`). */
export const LeadSettingsSchema = z.object(
  Object.fromEntries(SETTING_FIELDS.map((f) => [f.key, numberField(f)])),
)
