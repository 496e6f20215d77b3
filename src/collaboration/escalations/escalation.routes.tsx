import type { Context } from 'hono'
import { Hono } from 'hono'
import {
  EscalationListPage,
  EscalationNewPage,
} from '../../../views/pages/staff/collaboration/escalations.js'
import type { Deps } from '../../deps.js'
import { hasErrors, parseForm, type FormErrors, type FormValues } from '../../http/form.js'
import { formatTrackingCode } from '../../kernel/tracking-code.js'
import { getCase } from '../../review/case.service.js'
import { staffRoute, type StaffRouteDef } from '../../staff/staff-access.js'
import { actorOf } from '../../staff/staff-actor.js'
import type { StaffEnv } from '../../staff/staff-env.js'
import { COLLAB_READ, COLLAB_WRITE, mayWriteCollab } from '../common/collab-roles.js'
import { listEscalations } from './escalation-list.js'
import { EscalationSchema, GuidanceSchema } from './escalation.schema.js'
import { createEscalation, recordGuidance } from './escalation.service.js'

export const ESCALATION_ROUTES = {
  list: { method: 'GET', path: '/staff/escalations', access: COLLAB_READ },
  guidance: { method: 'POST', path: '/staff/escalations/:id/guidance', access: COLLAB_WRITE },
  newForm: { method: 'GET', path: '/staff/applications/:id/escalations/new', access: COLLAB_WRITE },
  create: { method: 'POST', path: '/staff/applications/:id/escalations/new', access: COLLAB_WRITE },
} as const satisfies Record<string, StaffRouteDef>

export function escalationRoutes(deps: Deps) {
  const app = new Hono<StaffEnv>()
  staffRoute(app, ESCALATION_ROUTES.list, (c) => renderList(deps, c, undefined))
  staffRoute(app, ESCALATION_ROUTES.newForm, (c) => renderNew(deps, c, {}, {}))
  staffRoute(app, ESCALATION_ROUTES.create, async (c) => {
    const application = await getCase(deps, c.req.param('id')!)
    const body = await c.req.parseBody()
    const parsed = parseForm(EscalationSchema, body)
    const result = parsed.ok
      ? await createEscalation(deps, actorOf(c, deps), application.id, parsed.data)
      : { ok: false as const, errors: parsed.form.errors }
    if (!result.ok) {
      c.status(422)
      return renderNew(deps, c, body as FormValues, result.errors)
    }
    return c.redirect(`/staff/applications/${application.id}?done=escalation#collab-title`, 303)
  })
  staffRoute(app, ESCALATION_ROUTES.guidance, async (c) => {
    const body = await c.req.parseBody()
    const parsed = parseForm(GuidanceSchema, body)
    const id = c.req.param('id')!
    if (!parsed.ok)
      return renderList(deps, c, { id, values: body as FormValues, errors: parsed.form.errors })
    const result = await recordGuidance(deps, actorOf(c, deps), id, parsed.data)
    if (!result.ok)
      return renderList(deps, c, { id, values: body as FormValues, errors: result.errors })
    return c.redirect(`/staff/applications/${result.applicationId}?done=guidance#collab-title`, 303)
  })
  return app
}

async function renderList(
  deps: Deps,
  c: Context<StaffEnv>,
  refused: { id: string; values: FormValues; errors: FormErrors } | undefined,
) {
  if (refused) c.status(422)
  return c.render(
    <EscalationListPage
      items={await listEscalations(deps)}
      csrfToken={c.var.csrfToken()}
      mayWrite={mayWriteCollab(c.var.staff!.roles)}
      refused={refused}
    />,
    { title: '请示报告', invalid: Boolean(refused) },
  )
}

async function renderNew(deps: Deps, c: Context<StaffEnv>, values: FormValues, errors: FormErrors) {
  const application = await getCase(deps, c.req.param('id')!)
  return c.render(
    <EscalationNewPage
      applicationId={application.id}
      trackingCode={formatTrackingCode(application.tracking_code)}
      caseNumber={application.case_number}
      csrfToken={c.var.csrfToken()}
      values={values}
      errors={errors}
    />,
    { title: '向市院请示报告', invalid: hasErrors(errors) },
  )
}
