import type { Context, Hono } from 'hono'
import type { z } from 'zod'
import type { Deps } from '../../deps.js'
import { parseForm, type FormErrors, type FormValues } from '../../http/form.js'
import { staffRoute, type StaffRouteDef } from '../../staff/staff-access.js'
import { actorOf, type StaffActor } from '../../staff/staff-actor.js'
import type { StaffEnv } from '../../staff/staff-env.js'

/** One service call behind a form on a record's page; `data` is what the step's schema parsed. */
export type StepAct = (
  deps: Deps,
  actor: StaffActor,
  id: string,
  data: never,
) => Promise<{ ok: true } | { ok: false; errors: FormErrors }>

/** [route, schema, service, the `?done=` and form name] */
export type FormStep = readonly [StaffRouteDef, z.ZodType, StepAct, string]

export type RefusedStep = { form: string; values: FormValues; errors: FormErrors }

/**
 * The forms on a record's page (a referral's analysis, a petition's outcome …): each parses, acts and
 * redirects to the page with `?done=`, or shows the page again with 422, its values and errors.
 */
export function formStepRoutes(
  app: Hono<StaffEnv>,
  deps: Deps,
  base: string,
  steps: readonly FormStep[],
  reshow: (c: Context<StaffEnv>, id: string, refused: RefusedStep) => Promise<Response>,
): void {
  for (const [def, schema, act, done] of steps)
    staffRoute(app, def, async (c) => {
      const id = c.req.param('id')!
      const body = await c.req.parseBody()
      const parsed = parseForm(schema, body)
      const result = parsed.ok
        ? await act(deps, actorOf(c, deps), id, parsed.data as never)
        : { ok: false as const, errors: parsed.form.errors }
      if (!result.ok) {
        c.status(422)
        return reshow(c, id, { form: done, values: body as FormValues, errors: result.errors })
      }
      return c.redirect(`${base}/${id}?done=${done}`, 303)
    })
}
