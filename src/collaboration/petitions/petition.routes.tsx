import type { Context } from 'hono'
import { Hono } from 'hono'
import { PetitionDetailPage } from '../../../views/pages/staff/collaboration/petition-detail.js'
import {
  PetitionListPage,
  PetitionNewPage,
} from '../../../views/pages/staff/collaboration/petitions.js'
import type { Deps } from '../../deps.js'
import { hasErrors, parseForm, type FormErrors, type FormValues } from '../../http/form.js'
import { staffRoute, type StaffRouteDef } from '../../staff/staff-access.js'
import { actorOf, type StaffActor } from '../../staff/staff-actor.js'
import type { StaffEnv } from '../../staff/staff-env.js'
import { formStepRoutes, type FormStep } from '../common/form-steps.js'
import { COLLAB_READ, COLLAB_WRITE, mayWriteCollab } from '../common/collab-roles.js'
import {
  listPetitions,
  revealPetitioner,
  viewPetition,
  type PetitionDetail,
} from './petition-view.service.js'
import {
  ExtendSchema,
  HandlingSchema,
  NotifySchema,
  OutcomeSchema,
  petitionSchema,
} from './petition.schema.js'
import {
  addHandling,
  createPetition,
  extendPetition,
  recordNotice,
  recordOutcome,
} from './petition.service.js'

const BASE = '/staff/petitions'
export const PETITION_ROUTES = {
  list: { method: 'GET', path: BASE, access: COLLAB_READ },
  newForm: { method: 'GET', path: `${BASE}/new`, access: COLLAB_WRITE },
  create: { method: 'POST', path: `${BASE}/new`, access: COLLAB_WRITE },
  view: { method: 'GET', path: `${BASE}/:id`, access: COLLAB_READ },
  reveal: { method: 'POST', path: `${BASE}/:id/reveal`, access: COLLAB_WRITE },
  handling: { method: 'POST', path: `${BASE}/:id/handling`, access: COLLAB_WRITE },
  notify: { method: 'POST', path: `${BASE}/:id/notify`, access: COLLAB_WRITE },
  extend: { method: 'POST', path: `${BASE}/:id/extend`, access: COLLAB_WRITE },
  outcome: { method: 'POST', path: `${BASE}/:id/outcome`, access: COLLAB_WRITE },
} as const satisfies Record<string, StaffRouteDef>

const notify = (deps: Deps, actor: StaffActor, id: string, f: { notifiedOn: string }) =>
  recordNotice(deps, actor, id, f.notifiedOn)

const STEPS: readonly FormStep[] = [
  [PETITION_ROUTES.handling, HandlingSchema, addHandling, 'handling'],
  [PETITION_ROUTES.notify, NotifySchema, notify, 'notified'],
  [PETITION_ROUTES.extend, ExtendSchema, extendPetition, 'extended'],
  [PETITION_ROUTES.outcome, OutcomeSchema, recordOutcome, 'outcome'],
]

export function petitionRoutes(deps: Deps) {
  const app = new Hono<StaffEnv>()
  staffRoute(app, PETITION_ROUTES.list, async (c) =>
    c.render(
      <PetitionListPage
        petitions={await listPetitions(deps)}
        mayAdd={mayWriteCollab(c.var.staff!.roles)}
      />,
      {
        title: '涉执信访',
      },
    ),
  )
  staffRoute(app, PETITION_ROUTES.newForm, (c) => renderNew(c, {}, {}))
  staffRoute(app, PETITION_ROUTES.create, async (c) => {
    const body = await c.req.parseBody()
    const parsed = parseForm(
      petitionSchema(() => deps.clock.now()),
      body,
    )
    const result = parsed.ok
      ? await createPetition(deps, actorOf(c, deps), parsed.data)
      : { ok: false as const, errors: parsed.form.errors }
    if (!result.ok) {
      c.status(422)
      return renderNew(c, body as FormValues, result.errors)
    }
    return c.redirect(`${BASE}/${result.id}?done=created`, 303)
  })
  staffRoute(app, PETITION_ROUTES.view, async (c) =>
    renderDetail(c, await viewPetition(deps, c.req.param('id')!), undefined),
  )
  staffRoute(app, PETITION_ROUTES.reveal, async (c) =>
    renderDetail(c, await revealPetitioner(deps, actorOf(c, deps), c.req.param('id')!), undefined),
  )
  formStepRoutes(app, deps, BASE, STEPS, async (c, id, refused) =>
    renderDetail(c, await viewPetition(deps, id), refused),
  )
  return app
}

function renderNew(c: Context<StaffEnv>, values: FormValues, errors: FormErrors) {
  return c.render(
    <PetitionNewPage csrfToken={c.var.csrfToken()} values={values} errors={errors} />,
    {
      title: '登记涉执信访',
      invalid: hasErrors(errors),
    },
  )
}

function renderDetail(
  c: Context<StaffEnv>,
  petition: PetitionDetail,
  refused: { form: string; values: FormValues; errors: FormErrors } | undefined,
) {
  const roles = c.var.staff!.roles
  return c.render(
    <PetitionDetailPage
      petition={petition}
      csrfToken={c.var.csrfToken()}
      mayWrite={mayWriteCollab(roles)}
      mayConvert={roles.includes('intake')}
      done={c.req.query('done')}
      refused={refused}
    />,
    { title: '涉执信访', invalid: Boolean(refused) },
  )
}
