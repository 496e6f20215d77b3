import { ACTION_ROUTES } from '../actions/action-routes.js'
import { DOCUMENT_NUMBER_ROUTES } from './admin/document-numbers/document-numbers.routes.js'
import { AUDIT_LOG_ROUTES } from '../audit/audit-log.routes.js'
import { SITE_SETTINGS_ROUTES } from './admin/settings/site-settings.routes.js'
import { CALENDAR_ADMIN_ROUTES } from './admin/calendar/calendar-admin.routes.js'
import { LEAD_RULES_ADMIN_ROUTES } from './admin/lead-rules/lead-rules.routes.js'
import { REFERENCE_LIST_ROUTES } from './admin/reference-lists/reference-lists.routes.js'
import { QUEUE_ROUTES } from '../queue/queue.routes.js'
import { ACCOUNT_ROUTES } from './account/account.routes.js'
import { STAFF_ADMIN_ROUTES } from './admin/accounts/staff-admin.routes.js'
import { LOGIN_ROUTES } from './auth/login.routes.js'
import { CASE_FILE_ROUTES } from '../review/case-files.routes.js'
import { CASE_ROUTES } from '../review/case.routes.js'
import { SEAL_ROUTES } from './admin/seal/seal.routes.js'
import { SERVICE_SHEET_ROUTES } from '../service-of-documents/service-sheets.routes.js'
import { COUNTER_ROUTES } from './counter/counter.routes.js'
import { EXCHANGE_LOG_ROUTES } from '../exchange/log/exchange-log.routes.js'
import { EXCHANGE_OUTGOING_ROUTES } from '../exchange/outgoing/outgoing.routes.js'
import { EXCHANGE_IMPORT_ROUTES } from '../exchange/import/exchange-import.routes.js'
import { STATS_ROUTES } from '../stats/stats.routes.js'
import { COLLAB_ROUTES } from '../collaboration/collab.routes.js'
import { LEAD_ROUTES } from '../leads/leads.routes.js'
import { EX_OFFICIO_ROUTES } from '../ex-officio/ex-officio.routes.js'
import { HANDED_DOWN_ROUTES } from '../handed-down/handed-down.routes.js'
import { RECOMMENDATION_ROUTES } from '../recommendations/register.routes.js'
import { COLLAB_PERIOD_ROUTES } from './admin/collab-periods/collab-periods.routes.js'
import { RETENTION_ROUTES } from './admin/retention/retention-admin.routes.js'
import type { StaffRouteDef } from './staff-access.js'

/**
 * Every staff route with its access rule, in one table: the role × route matrix test is generated
 * from it, and checks that every /staff route the app serves is listed here.
 */
export const STAFF_ROUTE_TABLE: readonly StaffRouteDef[] = [
  ...Object.values(LOGIN_ROUTES),
  ...Object.values(ACCOUNT_ROUTES),
  ...ACTION_ROUTES,
  ...Object.values(CASE_ROUTES),
  ...Object.values(CASE_FILE_ROUTES),
  ...Object.values(SERVICE_SHEET_ROUTES),
  ...Object.values(SEAL_ROUTES),
  ...Object.values(DOCUMENT_NUMBER_ROUTES),
  ...Object.values(STAFF_ADMIN_ROUTES),
  ...Object.values(AUDIT_LOG_ROUTES),
  ...Object.values(SITE_SETTINGS_ROUTES),
  ...Object.values(CALENDAR_ADMIN_ROUTES),
  ...Object.values(LEAD_RULES_ADMIN_ROUTES),
  ...Object.values(REFERENCE_LIST_ROUTES),
  ...Object.values(QUEUE_ROUTES),
  ...Object.values(COUNTER_ROUTES),
  ...Object.values(EXCHANGE_LOG_ROUTES),
  ...Object.values(EXCHANGE_OUTGOING_ROUTES),
  ...Object.values(EXCHANGE_IMPORT_ROUTES),
  ...Object.values(STATS_ROUTES),
  ...COLLAB_ROUTES,
  ...Object.values(LEAD_ROUTES),
  ...Object.values(EX_OFFICIO_ROUTES),
  ...Object.values(HANDED_DOWN_ROUTES),
  ...Object.values(RECOMMENDATION_ROUTES),
  ...Object.values(COLLAB_PERIOD_ROUTES),
  ...Object.values(RETENTION_ROUTES),
]
