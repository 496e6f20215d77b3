import type { Context } from 'hono'
import { Hono } from 'hono'
import { z } from 'zod'
import { CollabPeriodsPage } from '../../../../views/pages/staff/admin/collab-periods.js'
import { auditCollab } from '../../../collaboration/common/collab-audit.js'
import {
  findAllPeriodSettings,
  updatePeriodDays,
} from '../../../collaboration/referrals/referral.repository.js'
import type { Deps } from '../../../deps.js'
import { OWN_CHOICE_BASIS, URGE_PERIOD_KEY } from '../../../recommendations/urge-period.js'
import { parseForm, type FormErrors } from '../../../http/form.js'
import { staffRoute, type StaffRouteDef } from '../../staff-access.js'
import { actorOf } from '../../staff-actor.js'
import type { StaffEnv } from '../../staff-env.js'

const BASE = '/staff/admin/collab-periods'
export const COLLAB_PERIOD_ROUTES = {
  page: { method: 'GET', path: BASE, access: ['admin'] },
  save: { method: 'POST', path: BASE, access: ['admin'] },
} as const satisfies Record<string, StaffRouteDef>

const PeriodSchema = z.object({
  key: z.string().min(1, '请选择期限'),
  days: z
    .string({ message: '请填写天数' })
    .trim()
    .regex(/^\d{1,3}$/, '天数请填写 1 至 365 的整数')
    .transform(Number)
    .refine((n) => n >= 1 && n <= 365, '天数请填写 1 至 365 的整数'),
  basis: z.string().trim().max(200, '依据不能超过 200 个字').optional(),
})

/**
 * The periods of the collaboration ledger (police decisions, 信访 time limits, 督促回复): the
 * administrator adjusts the days when the text in force says otherwise
 * (docs/decisions/056-crime-lead-referrals.md); the 督促回复 period, which no rule sets, also takes
 * its basis or stays the procuratorate's own choice (docs/decisions/100-measures-done-and-urge-period.md).
 */
export function collabPeriodRoutes(deps: Deps) {
  const app = new Hono<StaffEnv>()
  staffRoute(app, COLLAB_PERIOD_ROUTES.page, (c) =>
    render(deps, c, {}, c.req.query('done') === 'saved'),
  )
  staffRoute(app, COLLAB_PERIOD_ROUTES.save, async (c) => {
    const parsed = parseForm(PeriodSchema, await c.req.parseBody())
    if (!parsed.ok) return render(deps, c, parsed.form.errors, false, 422)
    const { key, days } = parsed.data
    const now = deps.clock.now()
    // the 督促回复 period rests on what the administrator names, or is the procuratorate's choice
    const basis =
      key === URGE_PERIOD_KEY
        ? { text: parsed.data.basis || null, ownChoiceText: OWN_CHOICE_BASIS }
        : undefined
    const saved = await deps.db.transaction().execute(async (trx) => {
      if (!(await updatePeriodDays(trx, key, days, now, basis))) return false
      await auditCollab(trx, actorOf(c, deps), now, {
        action: 'settings.collab_periods',
        type: 'collab_period_setting',
        id: key,
        details: { days, ...(basis && { ownChoice: basis.text === null }) },
      })
      return true
    })
    if (!saved) return render(deps, c, { key: '没有这个期限，请刷新页面后重试' }, false, 422)
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
  const rows = await findAllPeriodSettings(deps.db)
  return c.render(
    <CollabPeriodsPage
      rows={rows.map((r) => ({ ...r, basisEditable: r.key === URGE_PERIOD_KEY }))}
      errors={errors}
      saved={saved}
      csrfToken={c.var.csrfToken()}
    />,
    { title: '协作台账期限', invalid: Boolean(status) },
  )
}
