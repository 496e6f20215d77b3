import { Hono } from 'hono'
import { DocumentNumbersPage } from '../../../../views/pages/staff/admin/document-numbers.js'
import type { Deps } from '../../../deps.js'
import { clientIp } from '../../../http/client-ip.js'
import { parseForm } from '../../../http/form.js'
import { staffRoute, type StaffRouteDef } from '../../staff-access.js'
import type { StaffEnv } from '../../staff-env.js'
import { NumberSettingsSchema } from './document-numbers.schema.js'
import { numberSettingsView, saveNumberSettings } from './document-numbers.service.js'

const PATH = '/staff/admin/document-numbers'

export const DOCUMENT_NUMBER_ROUTES = {
  page: { method: 'GET', path: PATH, access: ['admin'] },
  save: { method: 'POST', path: PATH, access: ['admin'] },
} as const satisfies Record<string, StaffRouteDef>

export function documentNumberRoutes(deps: Deps) {
  const app = new Hono<StaffEnv>()
  staffRoute(app, DOCUMENT_NUMBER_ROUTES.page, async (c) =>
    c.render(
      <DocumentNumbersPage
        csrfToken={c.var.csrfToken()}
        view={await numberSettingsView(deps)}
        errors={{}}
        saved={c.req.query('saved') === '1'}
      />,
      { title: '文书编号' },
    ),
  )
  staffRoute(app, DOCUMENT_NUMBER_ROUTES.save, async (c) => {
    const parsed = parseForm(NumberSettingsSchema, await c.req.parseBody())
    const view = await numberSettingsView(deps, parsed.ok ? parsed.data : parsed.form.values)
    if (!parsed.ok) {
      c.status(422)
      const { errors } = parsed.form
      const page = <DocumentNumbersPage csrfToken={c.var.csrfToken()} view={view} errors={errors} />
      return c.render(page, { title: '文书编号', invalid: true })
    }
    const staff = c.var.staff!
    await saveNumberSettings(
      deps,
      { id: staff.id, roles: staff.roles, ip: clientIp(c, deps) },
      view,
    )
    return c.redirect(`${PATH}?saved=1`, 303)
  })
  return app
}
