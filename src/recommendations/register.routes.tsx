import type { Context } from 'hono'
import { Hono } from 'hono'
import { RegisterPage } from '../../views/pages/staff/recommendations/list.js'
import { NewRecommendationPage } from '../../views/pages/staff/recommendations/new.js'
import { DecideSchema } from '../actions/recommendation.schema.js'
import type { Deps } from '../deps.js'
import { hasErrors, parseForm, type FormErrors, type FormValues } from '../http/form.js'
import { staffRoute } from '../staff/staff-access.js'
import { RECOMMENDATION_ROUTES } from './register-paths.js'
import { actorOf } from '../staff/staff-actor.js'
import type { StaffEnv } from '../staff/staff-env.js'
import { formOf, renderDetail } from './register-detail.routes.js'
import { registerBackfillRoutes } from './register-backfill.routes.js'
import { registerRecordRoutes } from './register-records.routes.js'
import { exportRegister, viewRegister } from './register-view.service.js'
import { AppError } from '../errors.js'
import { contentDisposition } from '../http/content-disposition.js'
import { RegisterDraftSchema, RegisterFilterSchema } from './register.schema.js'
import { decideRegisterDraft, draftRecommendation } from './register.service.js'

export { RECOMMENDATION_ROUTES } from './register-paths.js'

const FILTER_FIELDS = ['view', 'days', 'court', 'outcome'] as const

export function recommendationRoutes(deps: Deps) {
  const app = new Hono<StaffEnv>()
  staffRoute(app, RECOMMENDATION_ROUTES.list, async (c) => {
    const raw = c.req.query()
    const values = Object.fromEntries(FILTER_FIELDS.map((k) => [k, raw[k]]))
    const parsed = parseForm(RegisterFilterSchema, raw)
    if (!parsed.ok) {
      c.status(422)
      return renderList(c, values, parsed.form.errors)
    }
    const register = await viewRegister(deps, actorOf(c, deps), parsed.data)
    return renderList(c, values, {}, register)
  })
  staffRoute(app, RECOMMENDATION_ROUTES.newForm, (c) => renderNew(c, {}, {}))
  // before the :id page, which would otherwise take 'backfill' for an id
  app.route('/', registerBackfillRoutes(deps))
  staffRoute(app, RECOMMENDATION_ROUTES.create, async (c) => {
    const body = await c.req.parseBody()
    const parsed = parseForm(RegisterDraftSchema, body)
    const result = parsed.ok
      ? await draftRecommendation(deps, actorOf(c, deps), c.var.site, parsed.data)
      : { ok: false as const, errors: parsed.form.errors }
    if (!result.ok) {
      c.status(422)
      return renderNew(c, body as FormValues, result.errors)
    }
    return c.redirect(`/staff/recommendations/${result.id}?done=drafted`, 303)
  })
  staffRoute(app, RECOMMENDATION_ROUTES.export, async (c) => {
    const format = c.req.param('format')
    const parsed = parseForm(RegisterFilterSchema, c.req.query())
    if ((format !== 'csv' && format !== 'xlsx') || !parsed.ok)
      throw new AppError(
        400,
        'bad_request',
        '导出的格式或者筛选条件不正确，请回到台账页面重新导出。',
      )
    const file = await exportRegister(deps, actorOf(c, deps), parsed.data, format, c.var.site.name)
    return c.body(new Uint8Array(file.bytes), 200, {
      'Content-Type': file.type,
      'Content-Disposition': contentDisposition('attachment', file.name),
    })
  })
  staffRoute(app, RECOMMENDATION_ROUTES.view, (c) => renderDetail(c, deps))
  staffRoute(app, RECOMMENDATION_ROUTES.decide, async (c) => {
    const form = await formOf(c, 'decide', DecideSchema)
    if (!form.ok) return renderDetail(c, deps, form.invalid)
    await decideRegisterDraft(deps, actorOf(c, deps), c.req.param('id')!, form.data)
    return c.redirect(`/staff/recommendations/${c.req.param('id')}?done=decide`, 303)
  })
  app.route('/', registerRecordRoutes(deps))
  return app
}

function renderList(
  c: Context<StaffEnv>,
  values: Record<string, string | undefined>,
  errors: FormErrors,
  register?: Parameters<typeof RegisterPage>[0]['register'],
) {
  const roles = c.var.staff!.roles
  return c.render(
    <RegisterPage
      values={values}
      errors={errors}
      courts={c.var.site.courts}
      register={register}
      mayDraft={roles.includes('reviewer')}
      mayExport={roles.some((r) => r === 'reviewer' || r === 'leader')}
      done={c.req.query('done')}
    />,
    { title: '检察建议台账', invalid: hasErrors(errors) },
  )
}

function renderNew(c: Context<StaffEnv>, values: FormValues, errors: FormErrors) {
  return c.render(
    <NewRecommendationPage
      csrfToken={c.var.csrfToken()}
      courts={c.var.site.courts}
      values={values}
      errors={errors}
    />,
    { title: '登记检察建议', invalid: hasErrors(errors) },
  )
}
