import { Hono, type Context } from 'hono'
import { SelfCheckResultPage } from '../../views/pages/apply/self-check-result.js'
import { SelfCheckPage } from '../../views/pages/apply/self-check.js'
import type { AppEnv } from '../http/app-env.js'
import { parseForm, type InvalidForm } from '../http/form.js'
import { assessSelfCheck } from './self-check.js'
import { SelfCheckSchema } from './self-check.schema.js'

const TITLE = '在线申请须知'

/**
 * `/apply` (mounted there by app.ts): 申请须知 with the self-check, and its answer. The answer
 * changes nothing on the server, so it is shown directly (200) instead of redirecting.
 */
export function selfCheckRoutes() {
  const app = new Hono<AppEnv>()
  app.get('/', (c) => renderSelfCheck(c))
  app.post('/self-check', async (c) => {
    // The courts are site settings staff may change at any time, so the schema is built per request.
    const schema = SelfCheckSchema(c.var.site.courts)
    const parsed = parseForm(schema, await c.req.parseBody({ all: true }))
    if (!parsed.ok) {
      c.status(422)
      return renderSelfCheck(c, parsed.form)
    }
    const answers = parsed.data
    const result = assessSelfCheck(answers, c.var.site)
    return c.render(
      <SelfCheckResultPage result={result} answers={answers} csrfToken={c.var.csrfToken()} />,
      { title: result.title },
    )
  })
  return app
}

function renderSelfCheck(c: Context<AppEnv>, form: Partial<InvalidForm> = {}) {
  return c.render(
    <SelfCheckPage
      site={c.var.site}
      csrfToken={c.var.csrfToken()}
      values={form.values ?? {}}
      errors={form.errors ?? {}}
      draftExpired={c.req.query('expired') === '1'}
    />,
    { title: TITLE, invalid: form.errors !== undefined },
  )
}
