import { Hono } from 'hono'
import type { Deps } from '../deps.js'
import { supplementRoutes } from '../supplements/supplement.routes.js'
import { logOut, requireApplicantSession, type TrackEnv } from './applicant-session.js'
import { documentRoutes } from './documents.routes.js'
import { evidenceRoutes } from './evidence.routes.js'
import { lookupRoutes } from './lookup.routes.js'
import { lostCodeRoutes } from './lost-code.routes.js'
import { recusalRoutes } from './recusal.routes.js'
import { statusRoutes } from './status.routes.js'
import { withdrawRoutes } from './withdraw.routes.js'

/** /track: the lookup, and behind it the pages of the one application the session names. */
export function trackingRoutes(deps: Deps) {
  const app = new Hono<TrackEnv>()
  app.route('/', lookupRoutes(deps))
  app.route('/lost', lostCodeRoutes(deps))
  // registered before the routes they guard; /status checks its session itself (status.routes.ts)
  const requireSession = requireApplicantSession(deps)
  app.use('/receipt', requireSession)
  app.use('/withdraw', requireSession)
  app.use('/supplement/*', requireSession)
  app.use('/evidence/*', requireSession)
  app.use('/documents/*', requireSession)
  app.use('/recusal', requireSession)
  app.use('/recusal/*', requireSession)
  app.route('/', recusalRoutes(deps))
  app.route('/', evidenceRoutes(deps))
  app.route('/', documentRoutes(deps))
  app.route('/supplement', supplementRoutes(deps))
  app.route('/withdraw', withdrawRoutes(deps))
  app.route('/', statusRoutes(deps))
  app.post('/logout', (c) => logOut(c, deps))
  return app
}
