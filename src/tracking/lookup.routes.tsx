import { Hono, type Context } from 'hono'
import { LookupPage } from '../../views/pages/track/lookup.js'
import type { Deps } from '../deps.js'
import type { AppEnv } from '../http/app-env.js'
import { clientIp } from '../http/client-ip.js'
import { hasErrors, parseForm } from '../http/form.js'
import { setSessionCookie } from './applicant-session.js'
import { LookupSchema } from './lookup.schema.js'
import { submitLookup } from './lookup.service.js'

/** GET and POST /track — the lookup form, which opens an applicant session. */
export function lookupRoutes(deps: Deps) {
  const app = new Hono<AppEnv>()
  app.get('/', (c) =>
    renderLookup(
      c,
      {},
      {},
      c.req.query('expired') === '1' ? '查询已超时或已退出，请重新输入查询码。' : undefined,
    ),
  )
  app.post('/', async (c) => {
    const body = await c.req.parseBody()
    const values = { code: String(body.code ?? ''), digits: String(body.digits ?? '').trim() }
    const parsed = parseForm(LookupSchema, body)
    if (!parsed.ok) {
      c.status(422)
      return renderLookup(c, values, parsed.form.errors)
    }
    const answer = await submitLookup(deps, parsed.data, clientIp(c, deps))
    if (!answer.ok && answer.status === 429) {
      // A lock is nothing to correct: a notice with the phone number, not a form error.
      c.status(429)
      const phone = c.var.site.phone
      return renderLookup(
        c,
        values,
        {},
        `${Object.values(answer.errors)[0]}。着急的话，可以拨打本院电话 ${phone}。`,
      )
    }
    if (!answer.ok) {
      c.status(answer.status)
      return renderLookup(c, values, answer.errors)
    }
    setSessionCookie(c, deps.config, answer.sessionToken)
    return c.redirect('/track/status', 303)
  })
  return app
}

function renderLookup(
  c: Context<AppEnv>,
  values: { code?: string; digits?: string },
  errors: Record<string, string>,
  notice?: string,
) {
  return c.render(
    <LookupPage csrfToken={c.var.csrfToken()} values={values} errors={errors} notice={notice} />,
    { title: '查询办理进度', invalid: hasErrors(errors) },
  )
}
