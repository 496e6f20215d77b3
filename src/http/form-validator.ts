import type { Context, Env, MiddlewareHandler } from 'hono'
import { zValidator } from '@hono/zod-validator'
import type { z } from 'zod'
import type { FormErrors } from '../../views/components/field-ids.js'

/** What the user typed, as the browser sent it (repeated fields become arrays). */
export type FormValues = Record<string, string | string[] | undefined>

export type InvalidForm = { values: FormValues; errors: FormErrors }

/**
 * Validates a posted form with a zod schema. On failure the same page is rendered again with 422,
 * the submitted values and one message per field (the first problem found for it), so nothing the
 * user typed is lost. Messages come from the schema and must be specific Chinese sentences.
 */
export function formValidator<S extends z.ZodType, E extends Env>(
  schema: S,
  renderInvalid: (c: Context<E>, form: InvalidForm) => Response | Promise<Response>,
): MiddlewareHandler<E, string, { in: { form: z.input<S> }; out: { form: z.output<S> } }> {
  return zValidator('form', schema, async (result, c) => {
    if (result.success) return
    c.status(422)
    return renderInvalid(c as unknown as Context<E>, {
      values: textValues(result.data),
      errors: toFormErrors(result.error.issues),
    })
  }) as unknown as MiddlewareHandler<
    E,
    string,
    { in: { form: z.input<S> }; out: { form: z.output<S> } }
  >
}

export function toFormErrors(issues: readonly z.core.$ZodIssue[]): FormErrors {
  const errors: FormErrors = {}
  for (const issue of issues) {
    const field = issue.path.map(String).join('.') || '_form'
    errors[field] ??= issue.message
  }
  return errors
}

/** Files are never echoed back into a page; only text values are kept for re-rendering. */
function textValues(data: unknown): FormValues {
  const values: FormValues = {}
  for (const [key, value] of Object.entries((data ?? {}) as Record<string, unknown>)) {
    if (typeof value === 'string') values[key] = value
    else if (Array.isArray(value))
      values[key] = value.filter((v): v is string => typeof v === 'string')
  }
  return values
}
