import { z } from 'zod'
import { parseTypedDate } from '../kernel/typed-date.js'

/** A required date field of a staff form: the ISO day, or "<label>…" saying what to fix. */
export function dayField(label: string) {
  return z.string({ error: `请填写${label}` }).transform((raw, ctx) => {
    if (raw.trim() === '') {
      ctx.addIssue({ code: 'custom', message: `请填写${label}` })
      return z.NEVER
    }
    return parsed(label, raw, ctx)
  })
}

/** An optional date field: empty is undefined, anything else must be a date. */
export function optionalDayField(label: string) {
  return z
    .string()
    .optional()
    .transform((raw, ctx) =>
      raw === undefined || raw.trim() === '' ? undefined : parsed(label, raw, ctx),
    )
}

function parsed(label: string, raw: string, ctx: z.RefinementCtx): string {
  const result = parseTypedDate(raw)
  if (result.ok) return result.value
  ctx.addIssue({ code: 'custom', message: `${label}：${result.message}` })
  return z.NEVER
}
