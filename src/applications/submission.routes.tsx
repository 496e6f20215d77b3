import { Hono, type Context } from 'hono'
import { proceduralReplyText } from '../kernel/procedural-reply.js'
import { CheckAnswersPage } from '../../views/pages/apply/check-answers.js'
import { ConfirmationPage } from '../../views/pages/apply/confirmation.js'
import { hasErrors, parseForm, type FormErrors } from '../http/form.js'
import type { Deps } from '../deps.js'
import { formatCalendarDay } from '../kernel/china-time.js'
import type { AppEnv } from '../http/app-env.js'
import { clientIp } from '../http/client-ip.js'
import { formatTrackingCode } from '../kernel/tracking-code.js'
import { answerSections } from './check-answers.js'
import { getCookie } from 'hono/cookie'
import { cookieOptions } from '../http/cookie-options.js'
import { currentDraft, DRAFT_COOKIE, setSubmittedDraftCookie } from './draft-cookie.js'
import { findDraftFiles } from './draft.repository.js'
import type { Draft } from './draft.service.js'
import { SLOT_LABELS } from './display-names.js'
import { findApplicationById } from './application.repository.js'
import { formatFileSize } from '../kernel/file-size.js'
import { renderStoredReceipt } from './receipt.service.js'
import { DeclarationSchema } from './submission.schema.js'
import { submitDraft } from './submission.service.js'
import { stepsFor } from './wizard-steps.js'

/** Check answers, submit, confirmation and the receipt, for the browser holding the draft. */
export function submissionRoutes(deps: Deps) {
  const app = new Hono<AppEnv>()
  app.get('/check', async (c) => {
    const draft = await currentDraft(c, deps)
    if (!draft) return c.redirect('/apply?expired=1', 303)
    if (draft.applicationId) return c.redirect('/apply/confirmation', 303)
    return renderCheck(c, deps, draft, {})
  })
  app.post('/submit', async (c) => {
    const draft = await currentDraft(c, deps)
    if (!draft) return c.redirect('/apply?expired=1', 303)
    if (draft.applicationId) return c.redirect('/apply/confirmation', 303)
    const parsed = parseForm(DeclarationSchema, await c.req.parseBody())
    if (!parsed.ok) {
      c.status(422)
      return renderCheck(c, deps, draft, parsed.form.errors)
    }
    await submitDraft(deps, draft, c.var.site, clientIp(c, deps))
    const token = getCookie(c, DRAFT_COOKIE)
    if (token) setSubmittedDraftCookie(c, token, cookieOptions(deps.config).secure)
    return c.redirect('/apply/confirmation', 303)
  })
  app.get('/confirmation', async (c) => {
    const app = await submittedApplication(c, deps)
    if (!app) return c.redirect('/apply', 303)
    return c.render(
      <ConfirmationPage
        trackingCode={formatTrackingCode(app.tracking_code)}
        procuratorateName={c.var.site.name}
        due={formatCalendarDay(app.procedural_reply_due)}
        dueExplanation={app.procedural_reply_explanation}
        replyPeriod={proceduralReplyText(c.var.site.proceduralReplyUnit)}
        emailSent={app.email !== null}
        counter={app.channel === 'counter'}
      />,
      { title: '申请已提交' },
    )
  })
  app.get('/receipt', async (c) => {
    const app = await submittedApplication(c, deps)
    if (!app) return c.redirect('/apply', 303)
    const pdf = await renderStoredReceipt(deps, app, c.var.site)
    c.header('Content-Type', 'application/pdf')
    c.header('Content-Disposition', `attachment; filename="receipt-${app.tracking_code}.pdf"`)
    c.header('Cache-Control', 'no-store')
    return c.body(new Uint8Array(pdf))
  })
  return app
}

async function submittedApplication(c: Context<AppEnv>, deps: Deps) {
  const draft = await currentDraft(c, deps)
  return draft?.applicationId ? findApplicationById(deps.db, draft.applicationId) : undefined
}

async function renderCheck(c: Context<AppEnv>, deps: Deps, draft: Draft, errors: FormErrors) {
  const open = stepsFor(draft.answers).find((s) => !s.done(draft.answers))
  if (open) return c.redirect(`/apply/step/${open.id}`, 303)
  const files = await findDraftFiles(deps.db, draft.id)
  return c.render(
    <CheckAnswersPage
      sections={answerSections(draft.answers, c.var.site)}
      errors={errors}
      csrfToken={c.var.csrfToken()}
      generateLetter={draft.answers.generateLetter ?? false}
      stepNumber={stepsFor(draft.answers).length + 3}
      materials={files.map((f) => ({
        slot: SLOT_LABELS[f.slot],
        name: f.original_name,
        size: formatFileSize(Number(f.byte_size)),
      }))}
    />,
    { title: '核对并提交申请', invalid: hasErrors(errors) },
  )
}
