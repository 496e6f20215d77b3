import { Hono } from 'hono'
import { findApplicationById } from '../applications/application.repository.js'
import type { Deps } from '../deps.js'
import { findIssuedDocument } from '../documents/issued-document.repository.js'
import { clientIp } from '../http/client-ip.js'
import { AppError } from '../http/errors.js'
import { receiveUploads, UPLOAD_LIMITS } from '../uploads/multipart.js'
import { UploadRejected } from '../uploads/upload-errors.js'
import { EVIDENCE_STAGES, fileEvidence } from './evidence.service.js'
import type { TrackEnv } from './applicant-session.js'

export const EVIDENCE_UPLOAD_PATH = '/track/evidence/upload'

/** Further evidence after acceptance, and the documents issued to this application only. */
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
  app.get('/documents/:id', async (c) => {
    const id = c.req.param('id')
    const doc = /^[0-9a-f-]{36}$/.test(id)
      ? await findIssuedDocument(deps.db, c.var.applicationId, id)
      : undefined
    if (!doc) return c.notFound()
    const chunks: Buffer[] = []
    for await (const chunk of deps.fileStore.open(doc.file_id)) chunks.push(chunk as Buffer)
    c.header('Content-Type', 'application/pdf')
    c.header('Content-Disposition', contentDisposition(doc))
    return c.body(new Uint8Array(Buffer.concat(chunks)))
  })
  return app
}

/** An ASCII fallback name plus the Chinese title and number (RFC 6266 / RFC 5987). */
function contentDisposition(doc: { id: string; title: string; number: string | null }): string {
  const name = doc.number ? `${doc.title}（${doc.number}）.pdf` : `${doc.title}.pdf`
  return `attachment; filename="document-${doc.id}.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`
}
