import { Hono } from 'hono'
import type { Deps } from '../deps.js'
import { sendStoredFile } from '../http/send-stored-file.js'
import { CASE_ROLES, staffRoute, type StaffRouteDef } from '../staff/staff-access.js'
import { actorOf } from '../staff/staff-actor.js'
import type { StaffEnv } from '../staff/staff-env.js'
import { openDocument, openMaterial } from './case-files.js'

const BASE = '/staff/applications/:id'

export const CASE_FILE_ROUTES = {
  material: { method: 'GET', path: `${BASE}/materials/:materialId`, access: CASE_ROLES },
  materialDownload: {
    method: 'GET',
    path: `${BASE}/materials/:materialId/download`,
    access: CASE_ROLES,
  },
  document: { method: 'GET', path: `${BASE}/documents/:documentId`, access: CASE_ROLES },
} as const satisfies Record<string, StaffRouteDef>

/** Materials inline or as downloads, and issued documents; each opening is audited. */
export function caseFileRoutes(deps: Deps) {
  const app = new Hono<StaffEnv>()
  staffRoute(app, CASE_FILE_ROUTES.material, async (c) => {
    const file = await openMaterial(
      deps,
      actorOf(c, deps),
      c.req.param('id')!,
      c.req.param('materialId')!,
      'view',
    )
    return sendStoredFile(c, file, 'inline')
  })
  staffRoute(app, CASE_FILE_ROUTES.materialDownload, async (c) => {
    const file = await openMaterial(
      deps,
      actorOf(c, deps),
      c.req.param('id')!,
      c.req.param('materialId')!,
      'download',
    )
    return sendStoredFile(c, file, 'attachment')
  })
  staffRoute(app, CASE_FILE_ROUTES.document, async (c) => {
    const file = await openDocument(
      deps,
      actorOf(c, deps),
      c.req.param('id')!,
      c.req.param('documentId')!,
    )
    return sendStoredFile(c, file, 'attachment')
  })
  return app
}
