import type { Context } from 'hono'
import { Hono } from 'hono'
import { AuditLogPage } from '../../views/pages/staff/audit-log.js'
import type { Deps } from '../deps.js'
import { clientIp } from '../http/client-ip.js'
import { hasErrors, parseForm } from '../http/form.js'
import { staffRoute, type StaffRouteDef } from '../staff/staff-access.js'
import type { StaffEnv } from '../staff/staff-env.js'
import { AuditFilterSchema } from './audit-log.schema.js'
import { exportAuditCsv, viewAuditLog } from './audit-log.service.js'

/** docs/product.md §8: the auditor reads the log and nothing else; no other role reads it here. */
export const AUDIT_LOG_ROUTES = {
  view: { method: 'GET', path: '/staff/audit', access: ['auditor'] },
  csv: { method: 'GET', path: '/staff/audit.csv', access: ['auditor'] },
} as const satisfies Record<string, StaffRouteDef>

const FILTER_FIELDS = ['from', 'to', 'actor', 'action', 'objectType', 'objectId', 'result'] as const

export function auditLogRoutes(deps: Deps) {
  const app = new Hono<StaffEnv>()
  staffRoute(app, AUDIT_LOG_ROUTES.view, async (c) => {
    const raw = c.req.query()
    const parsed = parseForm(AuditFilterSchema, raw)
    const values = Object.fromEntries(FILTER_FIELDS.map((k) => [k, raw[k]]))
    if (!parsed.ok) {
      c.status(422)
      const { errors } = parsed.form
      return render(c, { values, errors, entries: [], nextBefore: undefined, firstPage: true })
    }
    const page = await viewAuditLog(deps, viewerOf(deps, c), parsed.data)
    return render(c, { values, errors: {}, ...page, firstPage: !parsed.data.before })
  })
  staffRoute(app, AUDIT_LOG_ROUTES.csv, async (c) => {
    const parsed = parseForm(AuditFilterSchema, c.req.query())
    if (!parsed.ok) return c.redirect(`/staff/audit?${filterQuery(c.req.query())}`, 303)
    const { csv } = await exportAuditCsv(deps, viewerOf(deps, c), parsed.data)
    const day = new Date(deps.clock.now().getTime() + 8 * 3_600_000).toISOString().slice(0, 10)
    return c.body(csv, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="audit-${day}.csv"`,
    })
  })
  return app
}

function viewerOf(deps: Deps, c: Context<StaffEnv>) {
  const staff = c.var.staff!
  return { id: staff.id, roles: staff.roles, ip: clientIp(c, deps) }
}

function filterQuery(raw: Record<string, string>): string {
  const params = new URLSearchParams()
  for (const k of FILTER_FIELDS) if (raw[k]?.trim()) params.set(k, raw[k].trim())
  return params.toString()
}

function render(
  c: Context<StaffEnv>,
  props: Omit<Parameters<typeof AuditLogPage>[0], 'filterQuery'>,
) {
  return c.render(<AuditLogPage {...props} filterQuery={filterQuery(c.req.query())} />, {
    title: '审计日志',
    invalid: hasErrors(props.errors),
  })
}
