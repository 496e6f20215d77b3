import { Hono } from 'hono'
import { actionRoutes } from '../actions/action-routes.js'
import { calendarAdminRoutes } from './admin/calendar/calendar-admin.routes.js'
import { leadRulesAdminRoutes } from './admin/lead-rules/lead-rules.routes.js'
import { referenceListRoutes } from './admin/reference-lists/reference-lists.routes.js'
import { siteSettingsRoutes } from './admin/settings/site-settings.routes.js'
import { auditLogRoutes } from '../audit/audit-log.routes.js'
import type { Deps } from '../deps.js'
import { caseRoutes } from '../review/case.routes.js'
import { sealRoutes } from './admin/seal/seal.routes.js'
import { serviceSheetRoutes } from '../service-of-documents/service-sheets.routes.js'
import { documentNumberRoutes } from './admin/document-numbers/document-numbers.routes.js'
import { queueRoutes } from '../queue/queue.routes.js'
import { accountRoutes } from './account/account.routes.js'
import { staffAdminRoutes } from './admin/accounts/staff-admin.routes.js'
import { loginRoutes } from './auth/login.routes.js'
import { counterRoutes } from './counter/counter.routes.js'
import { exchangeImportRoutes } from '../exchange/import/exchange-import.routes.js'
import { loadStaff } from './auth/staff-session.middleware.js'
import type { StaffEnv } from './staff-env.js'
import { exchangeLogRoutes } from '../exchange/log/exchange-log.routes.js'
import { outgoingRoutes } from '../exchange/outgoing/outgoing.routes.js'
import { statsRoutes } from '../stats/stats.routes.js'
import { collabRoutes } from '../collaboration/collab.routes.js'
import { leadRoutes } from '../leads/leads.routes.js'
import { exOfficioRoutes } from '../ex-officio/ex-officio.routes.js'
import { handedDownRoutes } from '../handed-down/handed-down.routes.js'
import { recommendationRoutes } from '../recommendations/register.routes.js'
import { collabPeriodRoutes } from './admin/collab-periods/collab-periods.routes.js'
import { retentionAdminRoutes } from './admin/retention/retention-admin.routes.js'

/** The staff desk (docs/product.md §8), mounted at `/`; every route is declared in staff-route-table.ts. */
export function staffRoutes(deps: Deps) {
  const app = new Hono<StaffEnv>()
  app.use('/staff', loadStaff(deps))
  app.use('/staff/*', loadStaff(deps))
  app.route('/', loginRoutes(deps))
  app.route('/', accountRoutes(deps))
  app.route('/', actionRoutes(deps))
  app.route('/', caseRoutes(deps))
  app.route('/', serviceSheetRoutes(deps))
  app.route('/', sealRoutes(deps))
  app.route('/', documentNumberRoutes(deps))
  app.route('/', staffAdminRoutes(deps))
  app.route('/', auditLogRoutes(deps))
  app.route('/', siteSettingsRoutes(deps))
  app.route('/', calendarAdminRoutes(deps))
  app.route('/', leadRulesAdminRoutes(deps))
  app.route('/', referenceListRoutes(deps))
  app.route('/', queueRoutes(deps))
  app.route('/', counterRoutes(deps))
  app.route('/', exchangeLogRoutes(deps))
  app.route('/', outgoingRoutes(deps))
  app.route('/', exchangeImportRoutes(deps))
  app.route('/', statsRoutes(deps))
  app.route('/', collabRoutes(deps))
  app.route('/', leadRoutes(deps))
  app.route('/', exOfficioRoutes(deps))
  app.route('/', handedDownRoutes(deps))
  app.route('/', recommendationRoutes(deps))
  app.route('/', collabPeriodRoutes(deps))
  app.route('/', retentionAdminRoutes(deps))
  return app
}
