import { Hono, type Context } from 'hono'
import { NewRecommendationPage } from '../../views/pages/staff/recommendations/new.js'
import type { Deps } from '../deps.js'
import { hasErrors, parseForm, type FormErrors, type FormValues } from '../http/form.js'
import { staffRoute } from '../staff/staff-access.js'
import { actorOf } from '../staff/staff-actor.js'
import type { StaffEnv } from '../staff/staff-env.js'
import { BackfillSchema } from './backfill.schema.js'
import { backfillRecommendation } from './backfill.service.js'
import { RECOMMENDATION_ROUTES as R } from './register-paths.js'
import { RegisterDraftSchema } from './register.schema.js'

/** 补录: a 检察建议 issued before the system existed, entered by a reviewer or leader (issue 16). */
export function registerBackfillRoutes(deps: Deps) {
  const app = new Hono<StaffEnv>()
  staffRoute(app, R.backfillForm, (c) => render(c, {}, {}))
  staffRoute(app, R.backfill, async (c) => {
    const body = await c.req.parseBody()
    const draft = parseForm(RegisterDraftSchema, body)
    const paper = parseForm(BackfillSchema, body)
    const result =
      draft.ok && paper.ok
        ? await backfillRecommendation(deps, actorOf(c, deps), c.var.site, draft.data, paper.data)
        : {
            ok: false as const,
            errors: {
              ...(paper.ok ? {} : paper.form.errors),
              ...(draft.ok ? {} : draft.form.errors),
            },
          }
    if (!result.ok) {
      c.status(422)
      return render(c, body as FormValues, result.errors)
    }
    return c.redirect(`/staff/recommendations/${result.id}?done=backfilled`, 303)
  })
  return app
}

function render(c: Context<StaffEnv>, values: FormValues, errors: FormErrors) {
  return c.render(
    <NewRecommendationPage
      csrfToken={c.var.csrfToken()}
      courts={c.var.site.courts}
      values={values}
      errors={errors}
      backfill
    />,
    { title: '补录检察建议', invalid: hasErrors(errors) },
  )
}
