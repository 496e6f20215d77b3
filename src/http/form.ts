import type { z } from 'zod'

/** What the user typed, as the browser sent it (repeated fields become arrays). */
export type FormValues = Record<string, string | string[] | undefined>

/** One message per field, keyed by field name (`_form` for the form as a whole). */
export type FormErrors = Record<string, string>

/** A refused form: shown again (422) with what was typed and what to correct. */
export type InvalidForm = { values: FormValues; errors: FormErrors }

export const EMPTY_FORM: InvalidForm = { values: {}, errors: {} }

/**
 * Parses a posted form with `schema`, the one way every POST handler takes a form. On failure the
 * caller shows the same page again with 422, the submitted values and one message per field (the
 * first problem found for it), so nothing the user typed is lost. Messages come from the schema and
 * must be specific Chinese sentences.
 */
export function parseForm<S extends z.ZodType>(
  schema: S,
  body: Record<string, unknown>,
): { ok: true; data: z.output<S> } | { ok: false; form: InvalidForm } {
  const result = schema.safeParse(body)
  if (result.success) return { ok: true, data: result.data }
  return {
    ok: false,
    form: { values: formValues(body), errors: toFormErrors(result.error.issues) },
  }
}

function toFormErrors(issues: readonly z.core.$ZodIssue[]): FormErrors {
  const errors: FormErrors = {}
  for (const issue of issues) {
    const field = issue.path.map(String).join('.') || '_form'
    errors[field] ??= issue.message
  }
  return errors
}

/** Files are never echoed back into a page; text values (and ticked boxes) are kept. */
export function formValues(body: Record<string, unknown>): FormValues {
  const values: FormValues = {}
  for (const [key, value] of Object.entries(body)) {
    if (typeof value === 'string') values[key] = value
    else if (Array.isArray(value))
      values[key] = value.filter((v): v is string => typeof v === 'string')
  }
  return values
}

export function hasErrors(errors: FormErrors): boolean {
  return Object.keys(errors).length > 0
}
