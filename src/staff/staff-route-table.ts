import { QUEUE_ROUTES } from '../queue/queue.routes.js'
import { ACCOUNT_ROUTES } from './account/account.routes.js'
import { LOGIN_ROUTES } from './auth/login.routes.js'
import { COUNTER_ROUTES } from './counter/counter.routes.js'
import type { StaffRouteDef } from './staff-access.js'

/**
 * Every staff route with its access rule, in one table: the role × route matrix test is generated
 * from it, and checks that every /staff route the app serves is listed here.
 */
export const STAFF_ROUTE_TABLE: readonly StaffRouteDef[] = [
  ...Object.values(LOGIN_ROUTES),
  ...Object.values(ACCOUNT_ROUTES),
  ...Object.values(QUEUE_ROUTES),
  ...Object.values(COUNTER_ROUTES),
]
