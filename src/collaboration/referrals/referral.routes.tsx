import { Readable } from 'node:stream'
import type { Context } from 'hono'
import { Hono } from 'hono'
import { ReferralDetailPage } from '../../../views/pages/staff/collaboration/referral-detail.js'
import {
  ReferralListPage,
  ReferralNewPage,
} from '../../../views/pages/staff/collaboration/referrals.js'
import type { Deps } from '../../deps.js'
import { hasErrors, parseForm, type FormErrors, type FormValues } from '../../http/form.js'
import { sendStoredFile } from '../../http/send-stored-file.js'
import { staffRoute, type StaffRouteDef } from '../../staff/staff-access.js'
import { actorOf, type StaffActor } from '../../staff/staff-actor.js'
import type { StaffEnv } from '../../staff/staff-env.js'
import { formStepRoutes, type FormStep } from '../common/form-steps.js'
import { COLLAB_READ, COLLAB_WRITE, mayWriteCollab } from '../common/collab-roles.js'
import {
  recordPoliceAnswer,
  recordSupervisionAnswer,
  requestSupervision,
} from './police-answer.service.js'
import { listReferrals, referralLetter, viewReferral } from './referral-view.service.js'
import {
  AnswerSchema,
  ConsultationSchema,
  ReferralSchema,
  SendSchema,
  SupervisionAnswerSchema,
  SupervisionSchema,
} from './referral.schema.js'
import { addConsultation, createReferral, sendReferral } from './referral.service.js'

const BASE = '/staff/referrals'
export const REFERRAL_ROUTES = {
  list: { method: 'GET', path: BASE, access: COLLAB_READ },
  newForm: { method: 'GET', path: `${BASE}/new`, access: COLLAB_WRITE },
  create: { method: 'POST', path: `${BASE}/new`, access: COLLAB_WRITE },
  view: { method: 'GET', path: `${BASE}/:id`, access: COLLAB_READ },
  letter: { method: 'GET', path: `${BASE}/:id/letter.pdf`, access: COLLAB_WRITE },
  analysis: { method: 'POST', path: `${BASE}/:id/analysis`, access: COLLAB_WRITE },
  send: { method: 'POST', path: `${BASE}/:id/send`, access: COLLAB_WRITE },
  answer: { method: 'POST', path: `${BASE}/:id/answer`, access: COLLAB_WRITE },
  supervision: { method: 'POST', path: `${BASE}/:id/supervision`, access: COLLAB_WRITE },
  supervisionAnswer: {
    method: 'POST',
    path: `${BASE}/:id/supervision-answer`,
    access: COLLAB_WRITE,
  },
} as const satisfies Record<string, StaffRouteDef>

const supervise = (deps: Deps, actor: StaffActor, id: string, f: { requestedOn: string }) =>
  requestSupervision(deps, actor, id, f.requestedOn)

/** The forms on the referral page: each parses, acts, and shows the page again on a refusal. */
const STEPS: readonly FormStep[] = [
  [REFERRAL_ROUTES.analysis, ConsultationSchema, addConsultation, 'analysis'],
  [REFERRAL_ROUTES.send, SendSchema, sendReferral, 'sent'],
  [REFERRAL_ROUTES.answer, AnswerSchema, recordPoliceAnswer, 'answer'],
  [REFERRAL_ROUTES.supervision, SupervisionSchema, supervise, 'supervision'],
  [
    REFERRAL_ROUTES.supervisionAnswer,
    SupervisionAnswerSchema,
    recordSupervisionAnswer,
    'explained',
  ],
]

export function referralRoutes(deps: Deps) {
  const app = new Hono<StaffEnv>()
  staffRoute(app, REFERRAL_ROUTES.list, async (c) =>
    c.render(
      <ReferralListPage
        referrals={await listReferrals(deps)}
        mayAdd={mayWriteCollab(c.var.staff!.roles)}
      />,
      {
        title: '涉嫌犯罪线索移送',
      },
    ),
  )
  staffRoute(app, REFERRAL_ROUTES.newForm, (c) =>
    renderNew(c, { trackingCode: c.req.query('code') }, {}),
  )
  staffRoute(app, REFERRAL_ROUTES.create, async (c) => {
    const body = await c.req.parseBody()
    const parsed = parseForm(ReferralSchema, body)
    const result = parsed.ok
      ? await createReferral(deps, actorOf(c, deps), parsed.data)
      : { ok: false as const, errors: parsed.form.errors }
    if (!result.ok) {
      c.status(422)
      return renderNew(c, body as FormValues, result.errors)
    }
    return c.redirect(`${BASE}/${result.id}?done=created`, 303)
  })
  staffRoute(app, REFERRAL_ROUTES.view, (c) => renderDetail(deps, c, undefined))
  staffRoute(app, REFERRAL_ROUTES.letter, async (c) => {
    const { pdf, name } = await referralLetter(deps, actorOf(c, deps), c.req.param('id')!)
    return sendStoredFile(
      c,
      { stream: Readable.from(pdf), type: 'application/pdf', name, size: pdf.length },
      'attachment',
    )
  })
  formStepRoutes(app, deps, BASE, STEPS, (c, _id, refused) => renderDetail(deps, c, refused))
  return app
}

function renderNew(c: Context<StaffEnv>, values: FormValues, errors: FormErrors) {
  return c.render(
    <ReferralNewPage csrfToken={c.var.csrfToken()} values={values} errors={errors} />,
    {
      title: '登记犯罪线索',
      invalid: hasErrors(errors),
    },
  )
}

async function renderDetail(
  deps: Deps,
  c: Context<StaffEnv>,
  refused: { form: string; values: FormValues; errors: FormErrors } | undefined,
) {
  const referral = await viewReferral(deps, c.req.param('id')!)
  return c.render(
    <ReferralDetailPage
      referral={referral}
      csrfToken={c.var.csrfToken()}
      mayWrite={mayWriteCollab(c.var.staff!.roles)}
      done={c.req.query('done')}
      refused={refused}
    />,
    { title: `犯罪线索 ${referral.crime.label}`, invalid: Boolean(refused) },
  )
}
