import { Hono, type Context } from 'hono'
import type { FC } from 'hono/jsx'
import {
  ApplicantTypeStep,
  OrganisationStep,
  PersonStep,
} from '../../views/pages/apply/steps/applicant-steps.js'
import { CaseStep, ComplaintStep, PartiesStep } from '../../views/pages/apply/steps/case-steps.js'
import { AgentStep, ContactStep } from '../../views/pages/apply/steps/contact-steps.js'
import { WizardPage, type StepViewProps } from '../../views/pages/apply/wizard-page.js'
import type { Deps } from '../deps.js'
import type { AppEnv } from '../http/app-env.js'
import { formValues, hasErrors, parseForm, type FormErrors, type FormValues } from '../http/form.js'
import { MATTERS } from './application-answers.js'
import { todayInChina } from '../kernel/china-time.js'
import { currentDraft, draftContext } from './draft-cookie.js'
import { sendResumeLink } from './resume-email.js'
import { clientIp } from '../http/client-ip.js'
import { saveDraftAnswers, type Draft } from './draft.service.js'
import { partyRows, stepsFor, type FormStep, type StepId } from './wizard-steps.js'

/** Pages before the form steps (self-check) and after them (materials, check answers). */
const STEPS_BEFORE = 1
const STEPS_AFTER = 2

/** The page of each form step; a step added to wizard-steps.ts without one does not compile. */
const STEP_VIEWS: Record<StepId, FC<StepViewProps>> = {
  'applicant-type': ApplicantTypeStep,
  person: PersonStep,
  organisation: OrganisationStep,
  contact: ContactStep,
  agent: AgentStep,
  parties: (props) => <PartiesStep {...props} rows={partyRows(props.values)} />,
  case: CaseStep,
  complaint: ComplaintStep,
}

/** GET and POST /apply/step/:id — one topic per page, saved to the draft after each step. */
export function wizardRoutes(deps: Deps) {
  const app = new Hono<AppEnv>()
  app.get('/step/:id', async (c) => {
    const found = await findStep(c, deps)
    if (found instanceof Response) return found
    const { draft, step } = found
    return renderStep(c, deps, draft, step, step.values(draft.answers), {})
  })
  app.post('/step/:id', async (c) => {
    const found = await findStep(c, deps)
    if (found instanceof Response) return found
    const { draft, step } = found
    const body = await c.req.parseBody({ all: true })
    const values = formValues(body)
    if (values.action === 'add' && step.secondary) {
      const rows = String(partyRows(values) + 1)
      return renderStep(c, deps, draft, step, { ...values, rows }, {})
    }
    const parsed = parseForm(step.schema(stepContext(c, deps), draft.answers), body)
    if (!parsed.ok) {
      c.status(422)
      return renderStep(c, deps, draft, step, parsed.form.values, parsed.form.errors)
    }
    const answers = step.save(draft.answers, parsed.data)
    await saveDraftAnswers(draftContext(deps), draft, answers)
    const email = answers.contact?.email
    // a walk-in applicant has nothing to continue: staff finish the draft at the counter
    const online = draft.channel === 'online'
    if (step.id === 'contact' && online && email && email !== draft.answers.contact?.email) {
      await sendResumeLink(deps, {
        draftId: draft.id,
        email,
        ip: clientIp(c, deps),
        procuratorateName: c.var.site.name,
      })
    }
    return c.redirect(nextPath(answers, step, c.req.query('return') === 'check'), 303)
  })
  return app
}

async function findStep(
  c: Context<AppEnv>,
  deps: Deps,
): Promise<{ draft: Draft; step: FormStep } | Response> {
  const draft = await currentDraft(c, deps)
  if (!draft) return c.redirect('/apply?expired=1', 303)
  if (draft.applicationId) return c.redirect('/apply/confirmation', 303)
  const steps = stepsFor(draft.answers)
  const step = steps.find((s) => s.id === c.req.param('id'))
  if (!step) return c.notFound()
  // Steps are taken in order: a later page opens only once every earlier one is answered.
  const open = steps.slice(0, steps.indexOf(step)).find((s) => !s.done(draft.answers))
  if (open) return c.redirect(`/apply/step/${open.id}`, 303)
  return { draft, step }
}

function stepContext(c: Context<AppEnv>, deps: Deps) {
  return { site: c.var.site, today: () => deps.clock.now() }
}

function nextPath(answers: Draft['answers'], step: FormStep, toCheck: boolean): string {
  const steps = stepsFor(answers)
  const next = steps[steps.findIndex((s) => s.id === step.id) + 1]
  // After an earlier answer changes which steps apply, continue with the first one not yet done.
  const firstOpen = steps.find((s) => !s.done(answers))
  if (toCheck && !firstOpen) return '/apply/check'
  if (firstOpen && steps.indexOf(firstOpen) < steps.indexOf(step))
    return `/apply/step/${firstOpen.id}`
  return next ? `/apply/step/${next.id}` : '/apply/materials'
}

function renderStep(
  c: Context<AppEnv>,
  deps: Deps,
  draft: Draft,
  step: FormStep,
  values: FormValues,
  errors: FormErrors,
) {
  const steps = stepsFor(draft.answers)
  const index = steps.indexOf(step)
  const back = index === 0 ? '/apply' : `/apply/step/${steps[index - 1]!.id}`
  const toCheck = c.req.query('return') === 'check'
  const StepView = STEP_VIEWS[step.id]
  return c.render(
    <WizardPage
      title={step.title}
      stepNumber={STEPS_BEFORE + index + 1}
      totalSteps={STEPS_BEFORE + steps.length + STEPS_AFTER}
      backHref={toCheck ? '/apply/check' : back}
      action={`/apply/step/${step.id}${toCheck ? '?return=check' : ''}`}
      csrfToken={c.var.csrfToken()}
      errors={errors}
      {...(step.secondary ? { secondary: step.secondary } : {})}
    >
      <StepView
        values={values}
        errors={errors}
        courts={c.var.site.courts}
        today={todayInChina(deps.clock.now())}
        matters={MATTERS}
      />
    </WizardPage>,
    { title: step.title, invalid: hasErrors(errors) },
  )
}
