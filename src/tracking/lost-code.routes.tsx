import { Hono, type Context } from 'hono'
import { LostCodePage } from '../../views/pages/track/lost-code.js'
import type { Deps } from '../deps.js'
import { formatChineseDateTime } from '../kernel/china-time.js'
import type { AppEnv } from '../http/app-env.js'
import { clientIp } from '../http/client-ip.js'
import { hasErrors, parseForm } from '../http/form.js'
import { LostCodeSchema } from './lost-code.schema.js'
import { recoverCodes } from './lost-code.service.js'

export function lostCodeRoutes(deps: Deps) {
  const app = new Hono<AppEnv>()
  const page = (
    c: Context<AppEnv>,
    values = {},
    errors: Record<string, string> = {},
    sent = false,
  ) =>
    c.render(
      <LostCodePage csrfToken={c.var.csrfToken()} values={values} errors={errors} sent={sent} />,
      { title: '找回查询码', invalid: hasErrors(errors) },
    )
  app.get('/', (c) => page(c))
  app.post('/', async (c) => {
    const body = await c.req.parseBody()
    const values = { mobile: String(body.mobile ?? ''), idNumber: String(body.idNumber ?? '') }
    const parsed = parseForm(LostCodeSchema, body)
    if (!parsed.ok) {
      c.status(422)
      return page(c, values, parsed.form.errors)
    }
    if (parsed.data.bot) return page(c, {}, {}, true)
    const { mobile, idNumber } = parsed.data
    const result = await recoverCodes(deps, { mobile, idNumber, ip: clientIp(c, deps) })
    if (!result.ok) {
      c.status(429)
      return page(c, values, {
        mobile: `操作过于频繁，请于 ${formatChineseDateTime(result.lockedUntil)} 后再试`,
      })
    }
    return page(c, {}, {}, true)
  })
  return app
}
