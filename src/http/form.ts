import type { z } from 'zod'
import { cleanText } from './form-text.js'

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
  const cleaned = cleanValues(body)
  const result = schema.safeParse(cleaned)
  const repeated = repeatedSingleValues(schema, cleaned)
  if (result.success && repeated.length === 0) return { ok: true, data: result.data }
  const errors = result.success ? {} : toFormErrors(result.error.issues)
  for (const field of repeated) errors[field] = REPEATED_FIELD_MESSAGE
  return { ok: false, form: { values: formValues(cleaned), errors } }
}

export const REPEATED_FIELD_MESSAGE = '此项只能填写一个值，提交的内容中出现了多个，请检查后重新提交'

/**
 * Bodies are cleaned when they are read (src/http/form-body.ts); query strings and anything else
 * parsed here are cleaned again, which costs nothing for clean text.
 */
function cleanValues(body: Record<string, unknown>): Record<string, unknown> {
  const cleaned: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(body)) {
    if (typeof value === 'string') cleaned[key] = cleanText(value)
    else if (Array.isArray(value))
      cleaned[key] = value.map((v: unknown) => (typeof v === 'string' ? cleanText(v) : v))
    else cleaned[key] = value
  }
  return cleaned
}

/**
 * Fields sent more than once that the schema reads as one value: a text field would otherwise
 * take them joined ("a,b"). A field meant to repeat (ticked boxes) parses to an array and passes.
 */
function repeatedSingleValues(schema: z.ZodType, body: Record<string, unknown>): string[] {
  const shape = objectShape(schema)
  if (!shape) return []
  return Object.entries(body)
    .filter(([key, value]) => Array.isArray(value) && value.length > 1 && shape[key])
    .filter(([key, value]) => {
      const parsed = shape[key]!.safeParse(value)
      if (parsed.success) return !Array.isArray(parsed.data)
      // a field that wants one string says so about the whole value, not about one of its items
      return parsed.error.issues.some((i) => i.code === 'invalid_type' && i.path.length === 0)
    })
    .map(([key]) => key)
}

type Introspected = {
  shape?: Record<string, z.ZodType>
  /** a page schema built field by field (src/applications/steps/field-helpers.ts pageOf) */
  formFields?: Record<string, z.ZodType>
  _zod?: { def?: { in?: unknown; innerType?: unknown } }
}

/** The field schemas of an object schema, looking through pipes and wrappers it may sit in. */
function objectShape(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  let current = schema as unknown as Introspected | undefined
  for (let depth = 0; current && depth < 5; depth++) {
    if (current.shape) return current.shape
    if (current.formFields) return current.formFields
    const def = current._zod?.def
    current = (def?.in ?? def?.innerType) as Introspected | undefined
  }
  return undefined
}

function toFormErrors(issues: readonly z.core.$ZodIssue[]): FormErrors {
  const errors: FormErrors = {}
  for (const issue of issues) {
    // An element of a list field (matters.3) is an error of the field: one entry, not one per
    // element (issue 12 F14: 25,000 repeated values once rendered 25,000 summary lines).
    const path = issue.path.map(String)
    if (path.length > 1 && /^\d+$/.test(path.at(-1)!)) path.pop()
    const field = path.join('.') || '_form'
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
