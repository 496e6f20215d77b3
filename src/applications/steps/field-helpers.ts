import { z } from 'zod'
import { trimmedText } from '../validation/fields.js'
import { todayInChina } from '../../kernel/china-time.js'
import { isRealDate } from '../validation/normalise.js'

/** A required free-text answer with messages that name the field. */
export function text(label: string, min: number, max: number) {
  return trimmedText(min, max, {
    required: `请填写${label}`,
    tooShort: `${label}至少需要 ${min} 个字`,
    tooLong: (n) => `${label}不能超过 ${max} 个字（现在是 ${n} 个字）`,
  })
}

/** An optional free-text answer: blank becomes undefined. */
export function optionalText(label: string, max: number) {
  return z
    .string()
    .optional()
    .transform((input = '', ctx) => {
      const value = input.trim()
      if (value === '') return undefined
      if ([...value].length > max) {
        ctx.addIssue({ code: 'custom', message: `${label}不能超过 ${max} 个字` })
        return z.NEVER
      }
      return value
    })
}

export function choice<const T extends readonly [string, ...string[]]>(values: T, message: string) {
  return z.enum(values, { error: message })
}

/** A calendar date from <input type="date"> (YYYY-MM-DD), real and not in the future in China. */
export function pastDate(label: string, today: () => Date) {
  return z
    .string({ error: `请填写${label}` })
    .optional()
    .transform((input = '', ctx) => {
      const value = input.trim()
      if (value === '') return issue(ctx, `请填写${label}`)
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !isRealDate(value)) {
        return issue(ctx, `${label}格式不正确，请按“年-月-日”填写，例如 2026-03-18`)
      }
      if (value > todayInChina(today())) return issue(ctx, `${label}不能晚于今天`)
      if (value < '1990-01-01') return issue(ctx, `${label}不能早于 1990 年`)
      return value
    })
}

function issue(ctx: z.RefinementCtx, message: string): never {
  ctx.addIssue({ code: 'custom', message })
  return z.NEVER as never
}

type Add = (path: string, message: string) => void
type Parsed<S extends Record<string, z.ZodType>> = { [K in keyof S]?: z.output<S[K]> }

/**
 * A page of fields checked all at once: every field is parsed on its own, then `finish` runs the
 * checks that involve several fields — even when some fields failed — so the applicant sees every
 * problem of the page in one go (a z.object would skip its cross-field checks until the rest passes).
 * Fields that failed are undefined in `finish`; its result is discarded whenever any issue was added.
 */
export function pageOf<S extends Record<string, z.ZodType>, R>(
  shape: S,
  finish: (v: Parsed<S>, add: Add) => R,
) {
  const page = z.record(z.string(), z.unknown()).transform((raw, ctx) => {
    const values: Record<string, unknown> = {}
    for (const [key, schema] of Object.entries(shape)) {
      const result = schema.safeParse(raw[key])
      if (result.success) values[key] = result.data
      else
        for (const i of result.error.issues)
          ctx.addIssue({ code: 'custom', path: [key, ...i.path], message: i.message })
    }
    return finish(values as Parsed<S>, (path, message) =>
      ctx.addIssue({ code: 'custom', path: [path], message }),
    )
  })
  // parseForm reads the fields to refuse one sent twice (src/http/form.ts)
  return Object.assign(page, { formFields: shape })
}
