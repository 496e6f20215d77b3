import type { Context } from 'hono'
import { Hono } from 'hono'
import { LeadRulesAdminPage } from '../../../../views/pages/staff/admin/lead-rules.js'
import type { Deps } from '../../../deps.js'
import { hasErrors, parseForm, type FormErrors } from '../../../http/form.js'
import { staffRoute, type StaffRouteDef } from '../../staff-access.js'
import { actorOf } from '../../staff-actor.js'
import type { StaffEnv } from '../../staff-env.js'
import { LeadSettingsSchema } from './lead-rules.schema.js'
import { leadSettingsView, saveLeadSettings } from './lead-rules.service.js'

const BASE = '/staff/admin/lead-rules'

export const LEAD_RULES_ADMIN_ROUTES = {
  page: { method: 'GET', path: BASE, access: ['admin'] },
  save: { method: 'POST', path: BASE, access: ['admin'] },
} as const satisfies Record<string, StaffRouteDef>

export function leadRulesAdminRoutes(deps: Deps) {
  const app = new Hono<StaffEnv>()
  staffRoute(app, LEAD_RULES_ADMIN_ROUTES.page, (c) => {
    const done = c.req.query('done')
    const notice =
      done === 'saved'
        ? '设置已保存，全部案件已按新设置重新评估。'
        : done === 'same'
          ? '设置没有变化。'
          : undefined
    return render(deps, c, {}, {}, notice)
  })
  staffRoute(app, LEAD_RULES_ADMIN_ROUTES.save, async (c) => {
    const body = await c.req.parseBody()
    const parsed = parseForm(LeadSettingsSchema, body)
    if (!parsed.ok) {
      c.status(422)
      const values = Object.fromEntries(Object.entries(body).map(([k, v]) => [k, String(v)]))
      return render(deps, c, values, parsed.form.errors)
    }
    const saved = await saveLeadSettings(
      deps,
      actorOf(c, deps),
      parsed.data as Record<string, number>,
    )
    return c.redirect(`${BASE}?done=${saved.changed ? 'saved' : 'same'}`, 303)
  })
  return app
}

async function render(
  deps: Deps,
  c: Context<StaffEnv>,
  values: Record<string, string>,
  errors: FormErrors,
  notice?: string,
) {
  return c.render(
    <LeadRulesAdminPage
      csrfToken={c.var.csrfToken()}
      settings={await leadSettingsView(deps)}
      values={values}
      errors={errors}
      notice={notice}
    />,
    { title: '线索规则设置', invalid: hasErrors(errors) },
  )
}
