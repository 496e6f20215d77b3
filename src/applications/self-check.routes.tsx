import { Hono, type Context, type MiddlewareHandler } from 'hono'
import type { z } from 'zod'
import { SelfCheckResultPage } from '../../views/pages/apply/self-check-result.js'
import { SelfCheckPage } from '../../views/pages/apply/self-check.js'
import type { AppEnv } from '../http/app-env.js'
import { formValidator, type InvalidForm } from '../http/form-validator.js'
import { assessSelfCheck } from './self-check.js'
import { SelfCheckSchema, type SelfCheckAnswers } from './self-check.schema.js'

const TITLE = '在线申请须知'

type AnswersForm = {
  in: { form: z.input<ReturnType<typeof SelfCheckSchema>> }
  out: { form: SelfCheckAnswers }
}

/**
 * `/apply` (mounted there by app.ts): 申请须知 with the self-check, and its answer. The answer
 * changes nothing on the server, so it is shown directly (200) instead of redirecting.
 */
export function selfCheckRoutes() {
  const app = new Hono<AppEnv>()
  app.get('/', (c) => renderSelfCheck(c))
  app.post('/self-check', validateAnswers, (c) => {
    const answers = c.req.valid('form')
    const result = assessSelfCheck(answers, c.var.site)
    return c.render(
      <SelfCheckResultPage result={result} answers={answers} csrfToken={c.var.csrfToken()} />,
      { title: result.title },
    )
  })
  return app
}

/** The courts are site settings staff may change at any time, so the schema is built per request. */
const validateAnswers: MiddlewareHandler<AppEnv, string, AnswersForm> = (c, next) =>
  formValidator(SelfCheckSchema(c.var.site.courts), renderSelfCheck)(c, next)

function renderSelfCheck(c: Context<AppEnv>, form: Partial<InvalidForm> = {}) {
  return c.render(
    <SelfCheckPage
      site={c.var.site}
      csrfToken={c.var.csrfToken()}
      values={form.values ?? {}}
      errors={form.errors ?? {}}
      draftExpired={c.req.query('expired') === '1'}
    />,
    { title: form.errors ? `错误：${TITLE}` : TITLE },
  )
}
