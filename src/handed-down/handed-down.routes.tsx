import type { Context } from 'hono'
import { Hono } from 'hono'
import { HandedDownCasePage } from '../../views/pages/staff/handed-down/handed-down-case.js'
import { HandedDownNewPage } from '../../views/pages/staff/handed-down/handed-down-new.js'
import type { Deps } from '../deps.js'
import { hasErrors, parseForm, type FormErrors, type FormValues } from '../http/form.js'
import { sendStoredFile } from '../http/send-stored-file.js'
import { CASE_ROLES, staffRoute, type StaffRouteDef } from '../staff/staff-access.js'
import { actorOf } from '../staff/staff-actor.js'
import type { StaffEnv } from '../staff/staff-env.js'
import { HANDED_DOWN_UPLOAD_PATH, receiveHandedDown } from './handed-down-upload.js'
import { HandedDownOutcomeSchema, KIND_LABEL } from './handed-down.schema.js'
import { getHandedDown, openHandedDownDocument, recordOutcome } from './handed-down.service.js'
import { handedDownCaseView } from './handed-down-view.js'

const CASE = '/staff/handed-down/:handedDownId'

export const HANDED_DOWN_ROUTES = {
  newForm: { method: 'GET', path: '/staff/handed-down/new', access: ['intake'] },
  enter: { method: 'POST', path: HANDED_DOWN_UPLOAD_PATH, access: ['intake'] },
  view: { method: 'GET', path: CASE, access: CASE_ROLES },
  document: { method: 'GET', path: `${CASE}/document`, access: CASE_ROLES },
  outcome: { method: 'POST', path: `${CASE}/outcome`, access: ['reviewer', 'leader'] },
} as const satisfies Record<string, StaffRouteDef>

const KINDS = Object.entries(KIND_LABEL).map(([value, label]) => ({ value, label }))
const NOTICES: Record<string, string> = {
  entered: '已登记，案件已列入办件队列。',
  closed: '办理结果已记录。',
}

/** 交办 and 移送 cases (legal review D13; 规则 第三十条第二款、第三十六条、第四十二条、第一百零七条). */
export function handedDownRoutes(deps: Deps) {
  const app = new Hono<StaffEnv>()
  staffRoute(app, HANDED_DOWN_ROUTES.newForm, (c) => renderNew(c, {}, {}))
  staffRoute(app, HANDED_DOWN_ROUTES.enter, async (c) => {
    const result = await receiveHandedDown(deps, c.req.raw, actorOf(c, deps))
    if (!result.ok) {
      c.status(422)
      return renderNew(c, result.form.values, result.form.errors)
    }
    return c.redirect(`/staff/handed-down/${result.id}?done=entered`, 303)
  })
  staffRoute(app, HANDED_DOWN_ROUTES.view, (c) => renderCase(deps, c, {}, {}))
  staffRoute(app, HANDED_DOWN_ROUTES.document, async (c) =>
    sendStoredFile(
      c,
      await openHandedDownDocument(deps, actorOf(c, deps), c.req.param('handedDownId')!),
      'attachment',
    ),
  )
  staffRoute(app, HANDED_DOWN_ROUTES.outcome, async (c) => {
    const id = c.req.param('handedDownId')!
    const body = await c.req.parseBody()
    const parsed = parseForm(HandedDownOutcomeSchema, body)
    const errors = parsed.ok
      ? await recordOutcome(deps, actorOf(c, deps), id, parsed.data)
      : parsed.form.errors
    if (hasErrors(errors)) {
      c.status(422)
      return renderCase(deps, c, body as FormValues, errors)
    }
    return c.redirect(`/staff/handed-down/${id}?done=closed`, 303)
  })
  return app
}

function renderNew(c: Context<StaffEnv>, values: FormValues, errors: FormErrors) {
  return c.render(
    <HandedDownNewPage
      csrfToken={c.var.csrfToken()}
      kinds={KINDS}
      upperOrgan={c.var.site.upperName}
      values={values}
      errors={errors}
    />,
    { title: '登记交办、移送案件', invalid: hasErrors(errors) },
  )
}

async function renderCase(
  deps: Deps,
  c: Context<StaffEnv>,
  values: FormValues,
  errors: FormErrors,
) {
  const row = await getHandedDown(deps, c.req.param('handedDownId')!)
  const view = await handedDownCaseView(deps, row)
  const roles = c.var.staff!.roles
  return c.render(
    <HandedDownCasePage
      c={view}
      csrfToken={c.var.csrfToken()}
      mayClose={roles.includes('reviewer') || roles.includes('leader')}
      notice={NOTICES[c.req.query('done') ?? '']}
      values={values}
      errors={errors}
    />,
    { title: view.source, invalid: hasErrors(errors) },
  )
}
