import type { Context } from 'hono'
import { Hono } from 'hono'
import { ExchangeLogPage } from '../../../views/pages/staff/exchange/log.js'
import { PaperExchangePage } from '../../../views/pages/staff/exchange/log-new.js'
import type { Deps } from '../../deps.js'
import { hasErrors, parseForm, type FormErrors, type FormValues } from '../../http/form.js'
import { sendStoredFile } from '../../http/send-stored-file.js'
import { CASE_ROLES, staffRoute, type StaffRouteDef } from '../../staff/staff-access.js'
import { actorOf } from '../../staff/staff-actor.js'
import type { StaffEnv } from '../../staff/staff-env.js'
import { openExchangeFile } from './exchange-log-file.js'
import { EXCHANGE_LOG_UPLOAD_PATH, receivePaperExchange } from './exchange-log-upload.js'
import { ExchangeLogFilterSchema } from './exchange-log.schema.js'
import { viewExchangeLog } from './exchange-log.service.js'

/** Who works the exchange (docs/decisions/035-exchange-log.md): intake may look; admin and auditor see none of it. */
const EXCHANGE_ROLES = ['reviewer', 'leader'] as const

export const EXCHANGE_LOG_ROUTES = {
  view: { method: 'GET', path: '/staff/exchange/log', access: CASE_ROLES },
  newForm: { method: 'GET', path: EXCHANGE_LOG_UPLOAD_PATH, access: EXCHANGE_ROLES },
  create: { method: 'POST', path: EXCHANGE_LOG_UPLOAD_PATH, access: EXCHANGE_ROLES },
  file: { method: 'GET', path: '/staff/exchange/log/:id/file', access: EXCHANGE_ROLES },
} as const satisfies Record<string, StaffRouteDef>

const FILTER_FIELDS = ['year', 'from', 'to', 'direction'] as const

export function exchangeLogRoutes(deps: Deps) {
  const app = new Hono<StaffEnv>()
  staffRoute(app, EXCHANGE_LOG_ROUTES.view, async (c) => {
    const raw = c.req.query()
    const parsed = parseForm(ExchangeLogFilterSchema, raw)
    const values = Object.fromEntries(FILTER_FIELDS.map((k) => [k, raw[k]]))
    if (!parsed.ok) {
      c.status(422)
      return renderLog(c, { values, errors: parsed.form.errors, page: undefined })
    }
    const page = await viewExchangeLog(deps, actorOf(c, deps), parsed.data)
    return renderLog(c, { values, errors: {}, page, firstPage: !parsed.data.after })
  })
  staffRoute(app, EXCHANGE_LOG_ROUTES.newForm, (c) => renderNew(c, {}, {}))
  staffRoute(app, EXCHANGE_LOG_ROUTES.create, async (c) => {
    const result = await receivePaperExchange(deps, c.req.raw, actorOf(c, deps))
    if (!result.ok) {
      c.status(422)
      return renderNew(c, result.form.values, result.form.errors)
    }
    return c.redirect('/staff/exchange/log?done=added', 303)
  })
  staffRoute(app, EXCHANGE_LOG_ROUTES.file, async (c) => {
    const file = await openExchangeFile(deps, actorOf(c, deps), c.req.param('id')!)
    return sendStoredFile(c, file, 'attachment')
  })
  return app
}

type LogProps = Omit<
  Parameters<typeof ExchangeLogPage>[0],
  'filterQuery' | 'done' | 'mayAdd' | 'mayDownload'
>

function renderLog(c: Context<StaffEnv>, props: LogProps) {
  const roles = c.var.staff!.roles
  const works = roles.some((r) => r === 'reviewer' || r === 'leader')
  return c.render(
    <ExchangeLogPage
      {...props}
      filterQuery={filterQuery(c.req.query())}
      done={c.req.query('done') === 'added'}
      mayAdd={works}
      mayDownload={works}
    />,
    { title: '交换记录', invalid: hasErrors(props.errors) },
  )
}

function renderNew(c: Context<StaffEnv>, values: FormValues, errors: FormErrors) {
  return c.render(
    <PaperExchangePage
      csrfToken={c.var.csrfToken()}
      courts={c.var.site.courts}
      values={values}
      errors={errors}
    />,
    { title: '登记纸质交换', invalid: hasErrors(errors) },
  )
}

function filterQuery(raw: Record<string, string>): string {
  const params = new URLSearchParams()
  for (const k of FILTER_FIELDS) if (raw[k]?.trim()) params.set(k, raw[k].trim())
  return params.toString()
}
