import type { Context } from 'hono'
import { Hono } from 'hono'
import { ExOfficioCasePage } from '../../views/pages/staff/ex-officio/ex-officio-case.js'
import { ExOfficioNewPage } from '../../views/pages/staff/ex-officio/ex-officio-new.js'
import type { Deps } from '../deps.js'
import { hasErrors, parseForm, type FormErrors, type FormValues } from '../http/form.js'
import { staffRoute, type StaffRouteDef } from '../staff/staff-access.js'
import { actorOf } from '../staff/staff-actor.js'
import type { StaffEnv } from '../staff/staff-env.js'
import { GROUND_LABEL, SOURCE_LABEL } from './ex-officio-stages.js'
import { ExOfficioActionSchema, ExOfficioOpenSchema } from './ex-officio.schema.js'
import { actOnExOfficio, openByHand } from './ex-officio.service.js'
import { exOfficioCaseView } from './ex-officio-view.service.js'

const ROLES = ['reviewer', 'leader'] as const

export const EX_OFFICIO_ROUTES = {
  newForm: { method: 'GET', path: '/staff/ex-officio/new', access: ['reviewer'] },
  open: { method: 'POST', path: '/staff/ex-officio', access: ['reviewer'] },
  view: { method: 'GET', path: '/staff/ex-officio/:exCaseId', access: ROLES },
  act: { method: 'POST', path: '/staff/ex-officio/:exCaseId/action', access: ROLES },
} as const satisfies Record<string, StaffRouteDef>

const SOURCES = Object.entries(SOURCE_LABEL)
  .filter(([k]) => k !== 'lead')
  .map(([value, label]) => ({ value, label }))
const GROUNDS = Object.entries(GROUND_LABEL).map(([value, label]) => ({ value, label }))
const NOTICES: Record<string, string> = { opened: '已立案。', done: '已办理。' }

export function exOfficioRoutes(deps: Deps) {
  const app = new Hono<StaffEnv>()
  staffRoute(app, EX_OFFICIO_ROUTES.newForm, (c) => renderNew(c, {}, {}))
  staffRoute(app, EX_OFFICIO_ROUTES.open, async (c) => {
    const parsed = parseForm(ExOfficioOpenSchema, await c.req.parseBody())
    if (!parsed.ok) {
      c.status(422)
      return renderNew(c, parsed.form.values, parsed.form.errors)
    }
    const id = await openByHand(deps, actorOf(c, deps), parsed.data)
    return c.redirect(`/staff/ex-officio/${id}?done=opened`, 303)
  })
  staffRoute(app, EX_OFFICIO_ROUTES.view, (c) =>
    renderCase(deps, c, {}, NOTICES[c.req.query('done') ?? '']),
  )
  staffRoute(app, EX_OFFICIO_ROUTES.act, async (c) => {
    const body = await c.req.parseBody()
    const parsed = parseForm(ExOfficioActionSchema, body)
    if (!parsed.ok) {
      c.status(422)
      const { text, ...rest } = parsed.form.errors
      return renderCase(deps, c, {
        ...rest,
        ...(text ? { [`text-${String(body.action)}`]: text } : {}),
      })
    }
    const id = c.req.param('exCaseId')!
    await actOnExOfficio(deps, actorOf(c, deps), id, parsed.data)
    return c.redirect(`/staff/ex-officio/${id}?done=done`, 303)
  })
  return app
}

function renderNew(c: Context<StaffEnv>, values: FormValues, errors: FormErrors) {
  return c.render(
    <ExOfficioNewPage
      csrfToken={c.var.csrfToken()}
      sources={SOURCES}
      grounds={GROUNDS}
      values={values}
      errors={errors}
    />,
    { title: '依职权立案', invalid: hasErrors(errors) },
  )
}

async function renderCase(deps: Deps, c: Context<StaffEnv>, errors: FormErrors, notice?: string) {
  const kase = await exOfficioCaseView(deps, c.req.param('exCaseId')!, c.var.staff!.roles)
  return c.render(
    <ExOfficioCasePage csrfToken={c.var.csrfToken()} kase={kase} errors={errors} notice={notice} />,
    {
      title: `依职权案件 ${kase.number}`,
      invalid: hasErrors(errors),
    },
  )
}
