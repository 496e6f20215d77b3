import { Hono } from 'hono'
import { findApplicationById } from '../applications/application.repository.js'
import { remainingQuota } from '../applications/upload-quota.js'
import type { Deps } from '../deps.js'
import { clientIp } from '../http/client-ip.js'
import { AppError } from '../errors.js'
import { receiveUploads, UPLOAD_LIMITS } from '../uploads/multipart.js'
import { uploadErrorPage } from '../uploads/upload-errors.js'
import { EVIDENCE_STAGES, fileEvidence } from './evidence.service.js'
import type { TrackEnv } from './applicant-session.js'

export const EVIDENCE_UPLOAD_PATH = '/track/evidence/upload'

/** Further evidence after acceptance. */
export function evidenceRoutes(deps: Deps) {
  const app = new Hono<TrackEnv>()
  app.post('/evidence/upload', async (c) => {
    const application = (await findApplicationById(deps.db, c.var.applicationId))!
    if (!EVIDENCE_STAGES.has(application.stage)) {
      throw new AppError(409, 'conflict', '申请受理后、审查结束前才可以补充证据材料。')
    }
    try {
      const { files, fields } = await receiveUploads(c.req.raw, deps.fileStore, UPLOAD_LIMITS, {
        fileFields: ['file'],
        remaining: await remainingQuota(deps.db, {
          kind: 'evidence',
          applicationId: application.id,
        }),
      })
      const description = String(fields.description ?? '')
        .trim()
        .slice(0, 200)
      if (files.length === 0 || !description) {
        for (const f of files) await deps.fileStore.remove(f.storedId)
        throw new AppError(
          422,
          'bad_request',
          files.length === 0 ? '请选择要上传的证据材料。' : '请为证据材料写一句说明。',
        )
      }
      await fileEvidence(deps, application, files, description, clientIp(c, deps))
    } catch (err) {
      throw uploadErrorPage(err)
    }
    return c.redirect('/track/status', 303)
  })
  return app
}
