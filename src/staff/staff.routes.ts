import { Hono } from 'hono'
import { actionRoutes } from '../actions/action-routes.js'
import { calendarAdminRoutes } from './admin/calendar/calendar-admin.routes.js'
import { siteSettingsRoutes } from './admin/settings/site-settings.routes.js'
import { auditLogRoutes } from '../audit/audit-log.routes.js'
import type { Deps } from '../deps.js'
import { caseRoutes } from '../review/case.routes.js'
import { documentNumberRoutes } from './admin/document-numbers/document-numbers.routes.js'
import { queueRoutes } from '../queue/queue.routes.js'
import { accountRoutes } from './account/account.routes.js'
import { staffAdminRoutes } from './admin/accounts/staff-admin.routes.js'
import { loginRoutes } from './auth/login.routes.js'
import { counterRoutes } from './counter/counter.routes.js'
import { loadStaff } from './auth/staff-session.middleware.js'
import type { StaffEnv } from './staff-env.js'

/** The staff desk (docs/product.md §8), mounted at `/`; every route is declared in staff-route-table.ts. */
export function staffRoutes(deps: Deps) {
  const app = new Hono<StaffEnv>()
  app.use('/staff', loadStaff(deps))
  app.use('/staff/*', loadStaff(deps))
  app.route('/', loginRoutes(deps))
  app.route('/', accountRoutes(deps))
  app.route('/', actionRoutes(deps))
  app.route('/', caseRoutes(deps))
  app.route('/', documentNumberRoutes(deps))
  app.route('/', staffAdminRoutes(deps))
  app.route('/', auditLogRoutes(deps))
  app.route('/', siteSettingsRoutes(deps))
  app.route('/', calendarAdminRoutes(deps))
  app.route('/', queueRoutes(deps))
  app.route('/', counterRoutes(deps))
  return app
}
