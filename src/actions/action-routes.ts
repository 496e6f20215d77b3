import type { Context } from 'hono'
import { Hono } from 'hono'
import type { Deps } from '../deps.js'
import { STAFF_ROLES, type StaffRole } from '../staff/staff-account.table.js'
import { signedInRoute, type SignedInRouteDef } from '../staff/staff-access.js'
import { actorOf } from '../staff/staff-actor.js'
import type { SignedInStaffEnv, StaffEnv } from '../staff/staff-env.js'
import { TRANSITIONS, type Action } from '../workflow/transitions.js'
import { headerOf, loadCase } from './action-case.js'
import { EMPTY_FORM, hasErrors } from '../http/form.js'
import type { ActionCall, ActionPageState, StaffAction } from './action-table.js'
import { STAFF_ACTIONS } from './staff-actions.js'

/** The staff roles the stage table lets take `action`, for the route table. */
export function rolesFor(action: Action): StaffRole[] {
  const actors = new Set(TRANSITIONS.filter((t) => t.action === action).flatMap((t) => t.by))
  return STAFF_ROLES.filter((r) => actors.has(r))
}

/** The form page and the POST of one action, with who may use them. */
export function actionRouteDefs(action: StaffAction): {
  page: SignedInRouteDef
  post: SignedInRouteDef
} {
  const path = `/staff/applications/:id/actions/${action.name}`
  const access = action.stages ? action.roles : rolesFor(action.name)
  return { page: { method: 'GET', path, access }, post: { method: 'POST', path, access } }
}

/** Every action's routes, for the staff route table (and so the access-matrix test). */
export const ACTION_ROUTES: readonly SignedInRouteDef[] = STAFF_ACTIONS.flatMap((action) => {
  const { page, post } = actionRouteDefs(action)
  return [page, post]
})

/** Back to the application page, which confirms what was done (`done` of the action). */
export const caseUrl = (id: string, done: string) => `/staff/applications/${id}?done=${done}`

/**
 * The one registrar of the action table: a GET form and a POST per action, behind its access
 * rule. A refused POST shows the form again (422); a done one goes back to the application page.
 */
export function actionRoutes(deps: Deps) {
  const app = new Hono<StaffEnv>()
  for (const action of STAFF_ACTIONS) {
    const { page, post } = actionRouteDefs(action)
    signedInRoute(app, page, async (c) => show(action, await callFor(deps, c, action), EMPTY_FORM))
    signedInRoute(app, post, async (c) => {
      const call = await callFor(deps, c, action)
      const shown = await action.submit(call)
      if (!shown) return c.redirect(caseUrl(call.kase.id, action.name), 303)
      // a preview is the page doing its job (200); a refusal is 422
      if (hasErrors(shown.errors) || !shown.preview) c.status(422)
      return show(action, call, shown)
    })
  }
  return app
}

async function callFor(
  deps: Deps,
  c: Context<SignedInStaffEnv>,
  action: StaffAction,
): Promise<ActionCall> {
  const actor = actorOf(c, deps)
  const kase = await loadCase(deps, c.req.param('id') ?? '', action, actor)
  return { deps, c, kase, actor }
}

async function show(action: StaffAction, call: ActionCall, form: ActionPageState) {
  const props = { csrfToken: call.c.var.csrfToken(), header: headerOf(call.kase), ...form }
  const page = await action.page(call, props)
  return call.c.render(page, { title: action.title, invalid: hasErrors(form.errors) })
}
