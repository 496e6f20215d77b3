import { Hono } from 'hono'
import { findMaterials } from '../applications/application.repository.js'
import type { Deps } from '../deps.js'
import { clientIp } from '../http/client-ip.js'
import { AppError } from '../errors.js'
import type { TrackEnv } from '../tracking/applicant-session.js'
import { receiveUploads, UPLOAD_LIMITS } from '../uploads/multipart.js'
import { UploadRejected } from '../uploads/upload-errors.js'
import { findOpenSupplement } from './supplement.repository.js'
import { completeSupplement } from './supplement.service.js'

export const SUPPLEMENT_UPLOAD_PATH = '/track/supplement/upload'

/**
 * The applicant answers a 补正 item by item (the same streamed, checked pipeline as the
 * application), then sends the whole answer back to staff.
 */
export function supplementRoutes(deps: Deps) {
  const app = new Hono<TrackEnv>()
  app.post('/upload', async (c) => {
    const applicationId = c.var.applicationId
    const open = await findOpenSupplement(deps.db, applicationId)
    const item = open?.items.find((i) => i.key === c.req.query('item'))
    if (!open || !item) throw new AppError(409, 'conflict', '目前没有需要补正的这项材料。')
    const existing = await findMaterials(deps.db, applicationId)
    const bytes = existing.reduce((n, m) => n + Number(m.byte_size), 0)
    try {
      const { files } = await receiveUploads(c.req.raw, deps.fileStore, UPLOAD_LIMITS, {
        fileFields: ['file'],
        remaining: {
          files: UPLOAD_LIMITS.maxFiles * 2 - existing.length,
          bytes: UPLOAD_LIMITS.maxTotalBytes * 2 - bytes,
        },
      })
      if (files.length === 0)
        throw new AppError(422, 'bad_request', `请选择要上传的“${item.label}”文件。`)
      await deps.db
        .insertInto('application_materials')
        .values(
          files.map((f, i) => ({
            application_id: applicationId,
            slot: 'supplement' as const,
            description: item.label,
            original_name: f.originalName,
            byte_size: f.size,
            detected_type: f.detectedType,
            sha256: f.sha256,
            file_id: f.storedId,
            uploaded_at: deps.clock.now(),
            uploaded_by: 'applicant',
            position: existing.length + i + 1,
            supplement_request_id: open.id,
            supplement_item: item.key,
          })),
        )
        .execute()
    } catch (err) {
      if (err instanceof UploadRejected)
        throw new AppError(
          err.status === 413 ? 413 : 422,
          'bad_request',
          err.problems.map((p) => p.message).join('；'),
        )
      throw err
    }
    return c.redirect('/track/status', 303)
  })
  app.post('/complete', async (c) => {
    await completeSupplement(deps, c.var.applicationId, clientIp(c, deps))
    return c.redirect('/track/status', 303)
  })
  return app
}
