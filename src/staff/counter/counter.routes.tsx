import type { Context } from 'hono'
import { Hono } from 'hono'
import { CounterPage } from '../../../views/pages/staff/counter.js'
import { draftContext, setDraftCookie } from '../../applications/draft-cookie.js'
import { startDraft } from '../../applications/draft.service.js'
import { assessSelfCheck } from '../../applications/self-check.js'
import { SelfCheckSchema } from '../../applications/self-check.schema.js'
import { stepsFor } from '../../applications/wizard-steps.js'
import { insertAuditEvent } from '../../audit/audit.repository.js'
import type { Deps } from '../../deps.js'
import { clientIp } from '../../http/client-ip.js'
import { cookieOptions } from '../../http/cookie-options.js'
import {
  formValues,
  hasErrors,
  parseForm,
  type FormErrors,
  type FormValues,
} from '../../http/form.js'
import { staffRoute, type StaffRouteDef } from '../staff-access.js'
import { actorOf } from '../staff-actor.js'
import { TransitionRefused } from '../../errors.js'
import {
  linkPetitionDraft,
  petitionDraftAnswers,
  petitionForCounter,
  type CounterPetition,
} from '../../collaboration/petitions/petition-convert.js'
import type { StaffEnv } from '../staff-env.js'

export const COUNTER_ROUTES = {
  page: { method: 'GET', path: '/staff/counter', access: ['intake'] },
  start: { method: 'POST', path: '/staff/counter', access: ['intake'] },
} as const satisfies Record<string, StaffRouteDef>

export function counterRoutes(deps: Deps) {
  const { secure } = cookieOptions(deps.config)
  const app = new Hono<StaffEnv>()
  staffRoute(app, COUNTER_ROUTES.page, async (c) => {
    // 转为监督申请 from a 涉执信访 (src/collaboration/petitions) starts here, pre-filled from it
    const petition = await petitionForCounter(deps, c.req.query('petition'))
    return renderCounter(c, { court: petition?.courtCode }, {}, undefined, petition)
  })
  staffRoute(app, COUNTER_ROUTES.start, async (c) => {
    const body = await c.req.parseBody()
    const petitionId =
      typeof body.petition === 'string' && body.petition ? body.petition : undefined
    const petition = await petitionForCounter(deps, petitionId)
    if (petitionId && !petition) throw new TransitionRefused('这件信访已经办结或已转为监督申请。')
    const parsed = parseForm(SelfCheckSchema(c.var.site.courts), body)
    if (!parsed.ok) {
      c.status(422)
      return renderCounter(c, parsed.form.values, parsed.form.errors, undefined, petition)
    }
    const result = assessSelfCheck(parsed.data, c.var.site)
    if (!result.canContinue) return renderCounter(c, formValues(body), {}, result, petition)
    const staff = c.var.staff!
    const prefill = petition ? await petitionDraftAnswers(deps, petition.id) : {}
    const { token, id } = await startDraft(
      draftContext(deps),
      { ...prefill, selfCheck: parsed.data },
      'counter',
      staff.id,
    )
    if (petition) await linkPetitionDraft(deps, actorOf(c, deps), petition.id, id)
    await insertAuditEvent(deps.db, {
      actor: { type: 'staff', id: staff.id, roles: staff.roles },
      ip: clientIp(c, deps),
      action: 'application.counter_start',
      object: { type: 'application_draft', id },
      result: 'success',
      at: deps.clock.now(),
    })
    // The wizard's pages live under /apply and find the draft by this cookie, as online.
    setDraftCookie(c, token, secure)
    return c.redirect(`/apply/step/${stepsFor({})[0]!.id}`, 303)
  })
  return app
}

function renderCounter(
  c: Context<StaffEnv>,
  values: FormValues,
  errors: FormErrors,
  refusal?: { title: string; reason: string; nextSteps: string[] },
  petition?: CounterPetition,
) {
  return c.render(
    <CounterPage
      site={c.var.site}
      csrfToken={c.var.csrfToken()}
      values={values}
      errors={errors}
      refusal={refusal}
      petition={petition}
    />,
    { title: '窗口代为录入申请', invalid: hasErrors(errors) },
  )
}
