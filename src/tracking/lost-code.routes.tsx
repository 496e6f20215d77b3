import { Hono, type Context } from 'hono'
import { LostCodePage } from '../../views/pages/track/lost-code.js'
import { parseMobile } from '../applications/validation/mobile.js'
import type { Deps } from '../deps.js'
import { formatChineseDateTime } from '../../views/documents/kit/format.js'
import type { AppEnv } from '../http/app-env.js'
import { clientIp } from '../http/client-ip.js'
import { hasErrors } from '../http/form.js'
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
    // A filled honeypot gets the same neutral answer and sends nothing.
    if (String(body.website ?? '') !== '') return page(c, {}, {}, true)
    const mobile = parseMobile(values.mobile)
    const errors: Record<string, string> = {}
    if (!mobile.ok) errors.mobile = mobile.message
    if (values.idNumber.trim() === '') errors.idNumber = '请填写证件号码'
    if (!mobile.ok || errors.idNumber) {
      c.status(422)
      return page(c, values, errors)
    }
    const result = await recoverCodes(deps, {
      mobile: mobile.value,
      idNumber: values.idNumber,
      ip: clientIp(c, deps),
    })
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
