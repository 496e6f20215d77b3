import { Hono } from 'hono'
import { CollabIndexPage } from '../../views/pages/staff/collaboration/collab-index.js'
import type { Deps } from '../deps.js'
import { staffRoute, type StaffRouteDef } from '../staff/staff-access.js'
import type { StaffEnv } from '../staff/staff-env.js'
import { COLLAB_READ } from './common/collab-roles.js'
import { ESCALATION_ROUTES, escalationRoutes } from './escalations/escalation.routes.js'
import { MEETING_UPLOAD_PATH } from './meetings/meeting-upload.js'
import { MEETING_ROUTES, meetingRoutes } from './meetings/meeting.routes.js'
import { PETITION_ROUTES, petitionRoutes } from './petitions/petition.routes.js'
import { REFERRAL_ROUTES, referralRoutes } from './referrals/referral.routes.js'

const INDEX: StaffRouteDef = { method: 'GET', path: '/staff/collaboration', access: COLLAB_READ }

/** The collaboration ledger's staff routes (issue 16), mounted and listed in one place each. */
export const COLLAB_ROUTES: readonly StaffRouteDef[] = [
  INDEX,
  ...Object.values(MEETING_ROUTES),
  ...Object.values(REFERRAL_ROUTES),
  ...Object.values(PETITION_ROUTES),
  ...Object.values(ESCALATION_ROUTES),
]

/** Multipart bodies streamed to the file store (src/app.ts STREAMING_UPLOAD_PATHS). */
export const COLLAB_UPLOAD_PATHS: readonly string[] = [MEETING_UPLOAD_PATH]

export function collabRoutes(deps: Deps) {
  const app = new Hono<StaffEnv>()
  staffRoute(app, INDEX, (c) => c.render(<CollabIndexPage />, { title: '协作台账' }))
  app.route('/', meetingRoutes(deps))
  app.route('/', referralRoutes(deps))
  app.route('/', petitionRoutes(deps))
  app.route('/', escalationRoutes(deps))
  return app
}
