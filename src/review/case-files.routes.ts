import { Readable } from 'node:stream'
import type { Context } from 'hono'
import { Hono } from 'hono'
import type { Deps } from '../deps.js'
import { CASE_ROLES, staffRoute, type StaffRouteDef } from '../staff/staff-access.js'
import type { StaffEnv } from '../staff/staff-env.js'
import { openDocument, openMaterial, type OpenedFile } from './case-files.js'
import { actorOf } from './case-actor.js'
import { contentDisposition } from '../http/content-disposition.js'

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

/**
 * An uploaded file opened in the browser runs with no privileges: `sandbox` gives it an opaque
 * origin (a crafted file cannot act as this site) and nothing may load but the file itself.
 * Checked by hand in Debian's Chromium: its PDF viewer and image view both render under it.
 */
const INLINE_CSP = "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'"

/** Materials inline or as downloads, and issued documents; each opening is audited. */
export function caseFileRoutes(deps: Deps) {
  const app = new Hono<StaffEnv>()
  staffRoute(app, CASE_FILE_ROUTES.material, async (c) => {
    const file = await openMaterial(
      deps,
      actorOf(deps, c),
      c.req.param('id')!,
      c.req.param('materialId')!,
      'view',
    )
    return send(c, file, 'inline')
  })
  staffRoute(app, CASE_FILE_ROUTES.materialDownload, async (c) => {
    const file = await openMaterial(
      deps,
      actorOf(deps, c),
      c.req.param('id')!,
      c.req.param('materialId')!,
      'download',
    )
    return send(c, file, 'attachment')
  })
  staffRoute(app, CASE_FILE_ROUTES.document, async (c) => {
    const file = await openDocument(
      deps,
      actorOf(deps, c),
      c.req.param('id')!,
      c.req.param('documentId')!,
    )
    return send(c, file, 'attachment')
  })
  return app
}

function send(c: Context<StaffEnv>, file: OpenedFile, kind: 'inline' | 'attachment') {
  c.header('Content-Type', file.type)
  c.header('Content-Disposition', contentDisposition(kind, file.name))
  c.header('X-Content-Type-Options', 'nosniff')
  c.header('Cache-Control', 'no-store')
  if (kind === 'inline') c.header('Content-Security-Policy', INLINE_CSP)
  if (file.size !== undefined) c.header('Content-Length', String(file.size))
  return c.body(Readable.toWeb(file.stream) as ReadableStream<Uint8Array>)
}
