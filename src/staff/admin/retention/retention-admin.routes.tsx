import type { Context } from 'hono'
import { Hono } from 'hono'
import { z } from 'zod'
import { RetentionPage } from '../../../../views/pages/staff/admin/retention.js'
import type { Deps } from '../../../deps.js'
import { parseForm, type FormErrors } from '../../../http/form.js'
import { isRetentionKind } from '../../../kernel/retention-kinds.js'
import { staffRoute, type StaffRouteDef } from '../../staff-access.js'
import { actorOf } from '../../staff-actor.js'
import type { StaffEnv } from '../../staff-env.js'
import { checkMinimum, retentionOverview, saveRetentionPeriod } from './retention-admin.service.js'

const BASE = '/staff/admin/retention'
export const RETENTION_ROUTES = {
  page: { method: 'GET', path: BASE, access: ['admin'] },
  save: { method: 'POST', path: BASE, access: ['admin'] },
} as const satisfies Record<string, StaffRouteDef>

const PeriodSchema = z.object({
  kind: z.string().refine(isRetentionKind, '没有这个保存期限，请刷新页面后重试'),
  months: z
    .string({ message: '请填写保存期限（月）' })
    .trim()
    .regex(/^\d{1,4}$/, '保存期限请填写 1 至 1200 之间的整数（月）')
    .transform(Number)
    .refine((n) => n >= 1 && n <= 1200, '保存期限请填写 1 至 1200 之间的整数（月）'),
})

/**
 * 保存期限 (issue 18 item 4, legal review D22): the administrator sets each disposition's period;
 * the page shows the default with its basis and what the daily purge will remove in 30 days.
 */
export function retentionAdminRoutes(deps: Deps) {
  const app = new Hono<StaffEnv>()
  staffRoute(app, RETENTION_ROUTES.page, (c) =>
    render(deps, c, {}, c.req.query('done') === 'saved'),
  )
  staffRoute(app, RETENTION_ROUTES.save, async (c) => {
    const parsed = parseForm(PeriodSchema, await c.req.parseBody())
    if (!parsed.ok) return render(deps, c, parsed.form.errors, false, 422)
    const kind = parsed.data.kind as Parameters<typeof checkMinimum>[0]
    const floor = checkMinimum(kind, parsed.data.months)
    if (floor.months) return render(deps, c, floor, false, 422)
    await saveRetentionPeriod(deps, actorOf(c, deps), kind, parsed.data.months)
    return c.redirect(`${BASE}?done=saved`, 303)
  })
  return app
}

async function render(
  deps: Deps,
  c: Context<StaffEnv>,
  errors: FormErrors,
  saved: boolean,
  status?: 422,
) {
  if (status) c.status(status)
  const rows = await retentionOverview(deps)
  return c.render(
    <RetentionPage rows={rows} errors={errors} saved={saved} csrfToken={c.var.csrfToken()} />,
    { title: '个人信息保存期限', invalid: Boolean(status) },
  )
}
