import { Hono, type Context } from 'hono'
import { z } from 'zod'
import { ResumePage } from '../../views/pages/apply/resume.js'
import type { Deps } from '../deps.js'
import type { AppEnv } from '../http/app-env.js'
import { cookieOptions } from '../http/cookie-options.js'
import { hasErrors, parseForm, type FormErrors } from '../http/form.js'
import { currentDraft, draftContext, setDraftCookie } from './draft-cookie.js'
import { resumeDraft, resumeLinkIsOpen } from './draft-resume.service.js'
import { startDraft } from './draft.service.js'
import { requireBudget } from '../abuse/rate-limit.js'
import { clientIp } from '../http/client-ip.js'
import { assessSelfCheck } from './self-check.js'
import { SelfCheckSchema } from './self-check.schema.js'
import { stepsFor } from './wizard-steps.js'

const EXPIRED = '/apply?expired=1'
const TOO_MANY_DRAFTS =
  '从您的网络地址开始的申请过多，暂时不能再开始新的申请。请稍后再试，或继续填写已经开始的申请；如需帮助，请联系本院。'
const WRONG_EMAIL = '与收到继续填写链接的电子邮箱不一致，请输入收到链接的邮箱'

const ResumeSchema = z.object({
  t: z.string().max(100),
  email: z.string().trim().min(1, '请输入收到继续填写链接的电子邮箱').max(254),
})

function renderResume(
  c: Context<AppEnv>,
  token: string,
  values: { email?: string },
  errors: FormErrors,
) {
  return c.render(
    <ResumePage csrfToken={c.var.csrfToken()} token={token} values={values} errors={errors} />,
    { title: '继续填写申请', invalid: hasErrors(errors) },
  )
}

/** Starting a draft after the self-check, and resuming one from its link. */
export function draftRoutes(deps: Deps) {
  const { secure } = cookieOptions(deps.config)
  return new Hono<AppEnv>()
    .post('/start', async (c) => {
      const parsed = parseForm(SelfCheckSchema(c.var.site.courts), await c.req.parseBody())
      // The answers come from the hidden fields of the self-check result; anything else starts over.
      if (!parsed.ok || !assessSelfCheck(parsed.data, c.var.site).canContinue) {
        return c.redirect('/apply', 303)
      }
      await requireBudget(deps, 'draftStart', clientIp(c, deps), TOO_MANY_DRAFTS)
      const { token } = await startDraft(draftContext(deps), { selfCheck: parsed.data }, 'online')
      setDraftCookie(c, token, secure)
      return c.redirect(`/apply/step/${stepsFor({})[0]!.id}`, 303)
    })
    .get('/resume', async (c) => {
      const token = c.req.query('t')
      if (!(await resumeLinkIsOpen(draftContext(deps), token))) return c.redirect(EXPIRED, 303)
      return renderResume(c, token!, {}, {})
    })
    .post('/resume', async (c) => {
      const parsed = parseForm(ResumeSchema, await c.req.parseBody())
      if (!parsed.ok) {
        c.status(422)
        return renderResume(
          c,
          String(parsed.form.values.t ?? ''),
          parsed.form.values,
          parsed.form.errors,
        )
      }
      const outcome = await resumeDraft(draftContext(deps), parsed.data.t, parsed.data.email)
      if (outcome.ok) {
        setDraftCookie(c, outcome.draftToken, secure)
        return c.redirect('/apply/continue', 303)
      }
      if (outcome.reason === 'expired') return c.redirect(EXPIRED, 303)
      c.status(422)
      return renderResume(c, parsed.data.t, parsed.data, { email: WRONG_EMAIL })
    })
    .get('/continue', async (c) => {
      const draft = await currentDraft(c, deps)
      if (!draft) return c.redirect('/apply?expired=1', 303)
      const open = stepsFor(draft.answers).find((s) => !s.done(draft.answers))
      return c.redirect(open ? `/apply/step/${open.id}` : '/apply/materials', 303)
    })
}
