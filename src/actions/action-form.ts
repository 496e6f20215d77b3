import type { z } from 'zod'
import { toFormErrors, type FormValues, type InvalidForm } from '../http/form-validator.js'

export const EMPTY_FORM: InvalidForm = { values: {}, errors: {} }

/** Parses a posted form with `schema`; on failure the caller shows the page again with 422. */
export function parseForm<S extends z.ZodType>(
  schema: S,
  body: Record<string, unknown>,
): { ok: true; data: z.output<S> } | { ok: false; form: InvalidForm } {
  const result = schema.safeParse(body)
  if (result.success) return { ok: true, data: result.data }
  return {
    ok: false,
    form: { values: textValues(body), errors: toFormErrors(result.error.issues) },
  }
}

/** Files are never echoed back into a page; text values (and ticked boxes) are kept. */
function textValues(body: Record<string, unknown>): FormValues {
  const values: FormValues = {}
  for (const [key, value] of Object.entries(body)) {
    if (typeof value === 'string') values[key] = value
    else if (Array.isArray(value))
      values[key] = value.filter((v): v is string => typeof v === 'string')
  }
  return values
}
