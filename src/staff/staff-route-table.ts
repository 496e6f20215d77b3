import { ACTION_ROUTES } from '../actions/action-routes.js'
import { DOCUMENT_NUMBER_ROUTES } from './admin/document-numbers/document-numbers.routes.js'
import { AUDIT_LOG_ROUTES } from '../audit/audit-log.routes.js'
import { SITE_SETTINGS_ROUTES } from './admin/settings/site-settings.routes.js'
import { CALENDAR_ADMIN_ROUTES } from './admin/calendar/calendar-admin.routes.js'
import { QUEUE_ROUTES } from '../queue/queue.routes.js'
import { ACCOUNT_ROUTES } from './account/account.routes.js'
import { STAFF_ADMIN_ROUTES } from './admin/accounts/staff-admin.routes.js'
import { LOGIN_ROUTES } from './auth/login.routes.js'
import { CASE_FILE_ROUTES } from '../review/case-files.routes.js'
import { CASE_ROUTES } from '../review/case.routes.js'
import { COUNTER_ROUTES } from './counter/counter.routes.js'
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
  ...Object.values(DOCUMENT_NUMBER_ROUTES),
  ...Object.values(STAFF_ADMIN_ROUTES),
  ...Object.values(AUDIT_LOG_ROUTES),
  ...Object.values(SITE_SETTINGS_ROUTES),
  ...Object.values(CALENDAR_ADMIN_ROUTES),
  ...Object.values(QUEUE_ROUTES),
  ...Object.values(COUNTER_ROUTES),
]
