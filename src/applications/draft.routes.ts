import { Hono } from 'hono'
import type { Deps } from '../deps.js'
import type { AppEnv } from '../http/app-env.js'
import { cookieOptions } from '../http/cookie-options.js'
import { parseForm } from '../http/form.js'
import { clearDraftCookie, currentDraft, draftContext, setDraftCookie } from './draft-cookie.js'
import { loadDraft, startDraft } from './draft.service.js'
import { assessSelfCheck } from './self-check.js'
import { SelfCheckSchema } from './self-check.schema.js'
import { stepsFor } from './wizard-steps.js'

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
      const { token } = await startDraft(draftContext(deps), { selfCheck: parsed.data }, 'online')
      setDraftCookie(c, token, secure)
      return c.redirect(`/apply/step/${stepsFor({})[0]!.id}`, 303)
    })
    .get('/resume', async (c) => {
      const token = c.req.query('t')
      const draft = await loadDraft(draftContext(deps), token)
      if (!draft || !token) {
        clearDraftCookie(c)
        return c.redirect('/apply?expired=1', 303)
      }
      setDraftCookie(c, token, secure)
      return c.redirect(draft.applicationId ? '/apply/confirmation' : '/apply/continue', 303)
    })
    .get('/continue', async (c) => {
      const draft = await currentDraft(c, deps)
      if (!draft) return c.redirect('/apply?expired=1', 303)
      const open = stepsFor(draft.answers).find((s) => !s.done(draft.answers))
      return c.redirect(open ? `/apply/step/${open.id}` : '/apply/materials', 303)
    })
}
