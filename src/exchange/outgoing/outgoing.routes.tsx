import type { Context } from 'hono'
import { Hono } from 'hono'
import { OutgoingPage } from '../../../views/pages/staff/exchange/outgoing.js'
import type { Deps } from '../../deps.js'
import {
  formValues,
  hasErrors,
  parseForm,
  type FormErrors,
  type FormValues,
} from '../../http/form.js'
import { isUuid } from '../../kernel/ids.js'
import { formatFileSize } from '../../kernel/file-size.js'
import { staffRoute, type StaffRouteDef } from '../../staff/staff-access.js'
import { actorOf } from '../../staff/staff-actor.js'
import type { StaffEnv } from '../../staff/staff-env.js'
import { findExchangeLogFile } from '../log/exchange-log.repository.js'
import { OutgoingSchema } from './outgoing.schema.js'
import { outgoingPeriodProblem, produceOutgoingList } from './outgoing.service.js'

export const EXCHANGE_OUTGOING_ROUTES = {
  form: { method: 'GET', path: '/staff/exchange/outgoing', access: ['reviewer', 'leader'] },
  create: { method: 'POST', path: '/staff/exchange/outgoing', access: ['reviewer', 'leader'] },
} as const satisfies Record<string, StaffRouteDef>

export function outgoingRoutes(deps: Deps) {
  const app = new Hono<StaffEnv>()
  staffRoute(app, EXCHANGE_OUTGOING_ROUTES.form, async (c) => {
    const done = c.req.query('done')
    const row = done && isUuid(done) ? await findExchangeLogFile(deps.db, done) : undefined
    const produced =
      row?.source === 'export'
        ? {
            id: row.id,
            name: row.file_name,
            size: formatFileSize(row.file_size),
            sha256: row.file_sha256,
          }
        : undefined
    return render(c, { responsible: c.var.staff!.displayName }, {}, produced)
  })
  staffRoute(app, EXCHANGE_OUTGOING_ROUTES.create, async (c) => {
    const body = await c.req.parseBody()
    const parsed = parseForm(OutgoingSchema(c.var.site.courts), body)
    const problem = parsed.ok ? outgoingPeriodProblem(deps, parsed.data.to) : undefined
    if (!parsed.ok || problem) {
      c.status(422)
      const form = parsed.ok ? { values: formValues(body), errors: { to: problem! } } : parsed.form
      return render(c, form.values, form.errors)
    }
    const id = await produceOutgoingList(deps, actorOf(c, deps), c.var.site, parsed.data)
    return c.redirect(`/staff/exchange/outgoing?done=${id}`, 303)
  })
  return app
}

function render(
  c: Context<StaffEnv>,
  values: FormValues,
  errors: FormErrors,
  produced?: Parameters<typeof OutgoingPage>[0]['produced'],
) {
  return c.render(
    <OutgoingPage
      csrfToken={c.var.csrfToken()}
      courts={c.var.site.courts}
      values={values}
      errors={errors}
      produced={produced}
    />,
    { title: '生成本院交换清单', invalid: hasErrors(errors) },
  )
}
