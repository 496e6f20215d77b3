import { Hono } from 'hono'
import type { Deps } from '../deps.js'
import { queueRoutes } from '../queue/queue.routes.js'
import { accountRoutes } from './account/account.routes.js'
import { loginRoutes } from './auth/login.routes.js'
import { counterRoutes } from './counter/counter.routes.js'
import { loadStaff } from './auth/staff-session.middleware.js'
import type { StaffEnv } from './staff-env.js'

/** The staff desk (SPEC §8), mounted at `/`; every route is declared in staff-route-table.ts. */
export function staffRoutes(deps: Deps) {
  const app = new Hono<StaffEnv>()
  app.use('/staff', loadStaff(deps))
  app.use('/staff/*', loadStaff(deps))
  app.route('/', loginRoutes(deps))
  app.route('/', accountRoutes(deps))
  app.route('/', queueRoutes(deps))
  app.route('/', counterRoutes(deps))
  return app
}
