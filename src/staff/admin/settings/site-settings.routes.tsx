import type { Context } from 'hono'
import { Hono } from 'hono'
import { SiteSettingsPage } from '../../../../views/pages/staff/admin/site-settings.js'
import { hasErrors, type FormErrors } from '../../../http/form.js'
import type { Deps } from '../../../deps.js'
import { clientIp } from '../../../http/client-ip.js'
import { staffRoute, type StaffRouteDef } from '../../staff-access.js'
import type { StaffEnv } from '../../staff-env.js'
import {
  checkSiteSettings,
  siteSettingsFormOf,
  type SiteSettingsForm,
} from './site-settings.schema.js'
import { saveSiteSettings } from './site-settings-edit.service.js'

export const SITE_SETTINGS_ROUTES = {
  page: { method: 'GET', path: '/staff/admin/settings', access: ['admin'] },
  save: { method: 'POST', path: '/staff/admin/settings', access: ['admin'] },
} as const satisfies Record<string, StaffRouteDef>

/** Blank court rows offered on the page, so a court can be added without JavaScript. */
const BLANK_ROWS = 2
const MAX_ROWS = 60

export function siteSettingsRoutes(deps: Deps) {
  const app = new Hono<StaffEnv>()
  staffRoute(app, SITE_SETTINGS_ROUTES.page, (c) => {
    const site = deps.siteSettings.current()
    const form: SiteSettingsForm = {
      ...site,
      officeHours: site.officeHours,
      supplementPeriodDays: String(site.supplementPeriodDays),
      proceduralReplyUnit: site.proceduralReplyUnit,
      courts: site.courts.map(({ code, name }) => ({ code, name })),
    }
    const notice = c.req.query('saved')
      ? '设置已保存，公开页面和新生成的文书已使用新的信息。'
      : undefined
    return render(c, withBlankRows(form, BLANK_ROWS), {}, notice)
  })
  staffRoute(app, SITE_SETTINGS_ROUTES.save, async (c) => {
    const body = await c.req.parseBody()
    const form = siteSettingsFormOf(body)
    if (body.intent === 'add_row') return render(c, withBlankRows(form, 1), {})
    const checked = checkSiteSettings(form)
    if (!checked.ok) {
      c.status(422)
      return render(c, form, checked.errors)
    }
    const staff = c.var.staff!
    await saveSiteSettings(
      deps,
      { id: staff.id, roles: staff.roles, ip: clientIp(c, deps) },
      checked.value,
    )
    return c.redirect('/staff/admin/settings?saved=1', 303)
  })
  return app
}

function withBlankRows(form: SiteSettingsForm, n: number): SiteSettingsForm {
  const blanks = Array.from({ length: n }, () => ({ code: '', name: '' }))
  return { ...form, courts: [...form.courts, ...blanks].slice(0, MAX_ROWS) }
}

function render(c: Context<StaffEnv>, form: SiteSettingsForm, errors: FormErrors, notice?: string) {
  return c.render(
    <SiteSettingsPage csrfToken={c.var.csrfToken()} form={form} errors={errors} notice={notice} />,
    { title: '系统设置', invalid: hasErrors(errors) },
  )
}
