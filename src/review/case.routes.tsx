import type { Context } from 'hono'
import { Hono } from 'hono'
import { ACTION_DONE_NOTICES, NOTICE_ACTIONS } from '../actions/staff-actions.js'
import type { RevealField } from '../../views/pages/staff/case/case-answers.js'
import { CasePage, type CaseFormState } from '../../views/pages/staff/case/case-page.js'
import type { Deps } from '../deps.js'
import { AppError } from '../errors.js'
import { hasErrors, parseForm } from '../http/form.js'
import { CASE_ROLES, staffRoute, type StaffRouteDef } from '../staff/staff-access.js'
import { actorOf } from '../staff/staff-actor.js'
import type { StaffEnv } from '../staff/staff-env.js'
import { caseFileRoutes } from './case-files.routes.js'
import { NoteSchema } from './case.schema.js'
import { casePageView } from './case-view.js'
import { addNote, assignHandler, getCase, parseRevealField, recordReveal } from './case.service.js'

const BASE = '/staff/applications/:id'

export const CASE_ROUTES = {
  page: { method: 'GET', path: BASE, access: CASE_ROLES },
  reveal: { method: 'POST', path: `${BASE}/reveal`, access: CASE_ROLES },
  note: { method: 'POST', path: `${BASE}/notes`, access: CASE_ROLES },
  assign: { method: 'POST', path: `${BASE}/assign`, access: CASE_ROLES },
} as const satisfies Record<string, StaffRouteDef>

/** The application page of the staff desk (docs/product.md §8) and the small acts done on it. */
export function caseRoutes(deps: Deps) {
  const app = new Hono<StaffEnv>()
  staffRoute(app, CASE_ROUTES.page, (c) => renderCase(deps, c))
  staffRoute(app, CASE_ROUTES.reveal, async (c) => {
    const application = await getCase(deps, c.req.param('id')!)
    const field = parseRevealField((await c.req.parseBody()).field)
    if (!field) throw new AppError(400, 'bad_request', '请选择要显示的号码。')
    await recordReveal(deps, actorOf(c, deps), application.id, field)
    return renderCase(deps, c, { reveal: field })
  })
  staffRoute(app, CASE_ROUTES.note, async (c) => {
    const { id } = await getCase(deps, c.req.param('id')!)
    const body = await c.req.parseBody()
    const parsed = parseForm(NoteSchema, body)
    if (!parsed.ok)
      return invalid(deps, c, { noteValue: String(body.body ?? ''), errors: parsed.form.errors })
    await addNote(deps, actorOf(c, deps), id, parsed.data.body)
    return c.redirect(`/staff/applications/${id}?done=note#notes-title`, 303)
  })
  staffRoute(app, CASE_ROUTES.assign, async (c) => {
    const { id } = await getCase(deps, c.req.param('id')!)
    const body = await c.req.parseBody()
    const errors = await assignHandler(deps, actorOf(c, deps), id, {
      version: String(body.version ?? ''),
      claim: body.claim === 'yes',
      staffId: String(body.staffId ?? ''),
    })
    if (Object.keys(errors).length > 0) return invalid(deps, c, { errors })
    return c.redirect(`/staff/applications/${id}?done=assign`, 303)
  })
  app.route('/', caseFileRoutes(deps))
  return app
}

const NOTICES: Record<string, string> = {
  note: '备注已保存。',
  assign: '承办检察官已确定，申请人查询进度时可以看到其姓名。',
  escalation: '已向市院报送请示报告，并已编号。',
  guidance: '已登记市院的答复意见。',
  ...ACTION_DONE_NOTICES,
}

async function renderCase(
  deps: Deps,
  c: Context<StaffEnv>,
  options: { reveal?: RevealField; form?: CaseFormState } = {},
) {
  const application = await getCase(deps, c.req.param('id')!)
  const view = await casePageView(deps, application, c.var.staff!, options.reveal)
  const done = c.req.query('done') ?? ''
  // the notice just issued is the newest document (listed by issue time)
  const issued = NOTICE_ACTIONS.has(done) ? view.documents.at(-1)?.number : undefined
  const notice = NOTICES[done] && issued ? `${NOTICES[done]}文书编号：${issued}。` : NOTICES[done]
  return c.render(
    <CasePage p={view} csrfToken={c.var.csrfToken()} form={options.form} notice={notice} />,
    { title: `申请 ${view.trackingCode}`, invalid: hasErrors(options.form?.errors ?? {}) },
  )
}

function invalid(deps: Deps, c: Context<StaffEnv>, form: CaseFormState) {
  c.status(422)
  return renderCase(deps, c, { form })
}
