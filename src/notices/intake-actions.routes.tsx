import type { Context } from 'hono'
import { Hono } from 'hono'
import type { z } from 'zod'
import {
  AcceptActionPage,
  NotAcceptActionPage,
  ReferActionPage,
  SupplementActionPage,
} from '../../views/pages/staff/intake-actions.js'
import type { Deps } from '../deps.js'
import { toFormErrors, type InvalidForm } from '../http/form-validator.js'
import { staffRoute, type StaffRouteDef } from '../staff/staff-access.js'
import { actorOf, type StaffActor } from '../staff/staff-actor.js'
import type { StaffEnv } from '../staff/staff-env.js'
import type { Action } from '../workflow/transitions.js'
import {
  FREE_ITEM_COUNT,
  NotAcceptFormSchema,
  ReferFormSchema,
  STANDARD_SUPPLEMENT_ITEMS,
  SupplementFormSchema,
  VersionOnlySchema,
} from './intake-actions.schema.js'
import {
  acceptApplication,
  askForSupplement,
  loadActionTarget,
  referApplication,
  refuseApplication,
  type ActionTarget,
} from './intake-actions.service.js'
import { NON_ACCEPTANCE_GROUNDS } from './notice-content.js'

const INTAKE = ['intake'] as const
const path = (action: Action) => `/staff/applications/:id/actions/${action}`
const pair = (action: Action) =>
  [
    { method: 'GET', path: path(action), access: INTAKE },
    { method: 'POST', path: path(action), access: INTAKE },
  ] as const satisfies readonly StaffRouteDef[]

/** 控告申诉 intake decisions on a `submitted` application (SPEC §9), each issuing its notice. */
export const INTAKE_ACTION_ROUTES = {
  supplement: pair('request_supplement'),
  accept: pair('accept'),
  notAccept: pair('not_accept'),
  refer: pair('refer'),
} as const

type Render = (
  c: Context<StaffEnv>,
  target: ActionTarget,
  form: InvalidForm,
) => Response | Promise<Response>

const EMPTY: InvalidForm = { values: {}, errors: {} }

export function intakeActionRoutes(deps: Deps) {
  const app = new Hono<StaffEnv>()
  const action = <S extends z.ZodType>(
    [get, post]: readonly [StaffRouteDef, StaffRouteDef],
    name: Action,
    schema: S,
    render: Render,
    run: (actor: StaffActor, id: string, form: z.output<S>) => Promise<void>,
  ) => {
    const target = (c: Context<StaffEnv>) =>
      loadActionTarget(deps, c.req.param('id') ?? '', name, actorOf(c, deps))
    staffRoute(app, get, async (c) => render(c, await target(c), EMPTY))
    staffRoute(app, post, async (c) => {
      const body = await c.req.parseBody({ all: true })
      const parsed = schema.safeParse(body)
      if (!parsed.success) {
        const values = Object.fromEntries(
          Object.entries(body).filter(([, v]) => typeof v === 'string' || Array.isArray(v)),
        ) as InvalidForm['values']
        c.status(422)
        return render(c, await target(c), { values, errors: toFormErrors(parsed.error.issues) })
      }
      await run(actorOf(c, deps), c.req.param('id') ?? '', parsed.data)
      return c.redirect(`/staff/applications/${c.req.param('id')}`, 303)
    })
  }
  action(
    INTAKE_ACTION_ROUTES.supplement,
    'request_supplement',
    SupplementFormSchema,
    renderSupplement,
    (s, id, f) => askForSupplement(deps, s, id, f),
  )
  action(
    INTAKE_ACTION_ROUTES.accept,
    'accept',
    VersionOnlySchema,
    page(AcceptActionPage, '受理'),
    (s, id, f) => acceptApplication(deps, s, id, f.version),
  )
  action(
    INTAKE_ACTION_ROUTES.notAccept,
    'not_accept',
    NotAcceptFormSchema,
    renderNotAccept,
    (s, id, f) => refuseApplication(deps, s, id, f),
  )
  action(
    INTAKE_ACTION_ROUTES.refer,
    'refer',
    ReferFormSchema,
    page(ReferActionPage, '告知向有管辖权的机关反映'),
    (s, id, f) => referApplication(deps, s, id, f),
  )
  return app
}

type PageProps = { csrfToken: string; target: ActionTarget } & InvalidForm

function page(Page: (props: PageProps) => unknown, title: string): Render {
  return (c, target, form) =>
    c.render(<>{Page({ csrfToken: c.var.csrfToken(), target, ...form })}</>, {
      title: titleOf(title, form),
    })
}

const titleOf = (title: string, form: InvalidForm) =>
  Object.keys(form.errors).length > 0 ? `错误：${title}` : title

const renderSupplement: Render = (c, target, form) =>
  c.render(
    <SupplementActionPage
      csrfToken={c.var.csrfToken()}
      target={target}
      {...form}
      items={Object.entries(STANDARD_SUPPLEMENT_ITEMS).map(([value, label]) => ({ value, label }))}
      freeItemCount={FREE_ITEM_COUNT}
      defaultDays={c.var.site.supplementPeriodDays}
    />,
    { title: titleOf('要求补正材料', form) },
  )

const renderNotAccept: Render = (c, target, form) =>
  c.render(
    <NotAcceptActionPage
      csrfToken={c.var.csrfToken()}
      target={target}
      {...form}
      grounds={Object.entries(NON_ACCEPTANCE_GROUNDS).map(([value, g]) => ({
        value,
        label: g.label,
      }))}
    />,
    { title: titleOf('不予受理', form) },
  )
