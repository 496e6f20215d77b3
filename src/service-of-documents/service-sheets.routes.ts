import { Hono } from 'hono'
import type { Deps } from '../deps.js'
import { sendStoredFile } from '../http/send-stored-file.js'
import { staffRoute, type StaffRouteDef } from '../staff/staff-access.js'
import { actorOf } from '../staff/staff-actor.js'
import type { StaffEnv } from '../staff/staff-env.js'
import { printServiceSheet } from './service-sheets.js'

const BASE = '/staff/applications/:id/service/:documentId'
/** Those who serve notices: the same roles as the 登记送达 action. */
const SERVICE_ROLES = ['intake', 'reviewer'] as const

export const SERVICE_SHEET_ROUTES = {
  envelope: { method: 'GET', path: `${BASE}/envelope`, access: SERVICE_ROLES },
  returnReceipt: { method: 'GET', path: `${BASE}/return-receipt`, access: SERVICE_ROLES },
} as const satisfies Record<string, StaffRouteDef>

/** The printable envelope sheet and 送达回证 of a notice (PDF, inline, audited). */
export function serviceSheetRoutes(deps: Deps) {
  const app = new Hono<StaffEnv>()
  for (const [def, sheet] of [
    [SERVICE_SHEET_ROUTES.envelope, 'envelope'],
    [SERVICE_SHEET_ROUTES.returnReceipt, 'return_receipt'],
  ] as const) {
    staffRoute(app, def, async (c) => {
      const file = await printServiceSheet(
        deps,
        actorOf(c, deps),
        c.req.param('id')!,
        c.req.param('documentId')!,
        sheet,
      )
      return sendStoredFile(c, file, 'inline')
    })
  }
  return app
}
