import { Hono } from 'hono'
import type { Deps } from '../deps.js'
import { findApplicantDocument } from '../documents/issued-document.repository.js'
import { sendStoredFile, type StoredFileResponse } from '../http/send-stored-file.js'
import { isUuid } from '../kernel/ids.js'
import type { TrackEnv } from './applicant-session.js'

/** GET /track/documents/:id — the documents issued to the session's application, and no other's. */
export function documentRoutes(deps: Deps) {
  return new Hono<TrackEnv>().get('/documents/:id', async (c) => {
    const file = await openIssuedDocument(deps, c.var.applicationId, c.req.param('id'))
    if (!file) return c.notFound()
    return sendStoredFile(c, file, 'attachment')
  })
}

async function openIssuedDocument(
  deps: Deps,
  applicationId: string,
  id: string,
): Promise<StoredFileResponse | undefined> {
  const doc = isUuid(id) ? await findApplicantDocument(deps.db, applicationId, id) : undefined
  if (!doc) return undefined
  // the size first: a missing file then still fails at open(), as it always has
  const size = (await deps.fileStore.stat(doc.file_id))?.size
  return {
    stream: deps.fileStore.open(doc.file_id),
    type: 'application/pdf',
    // the Chinese title and number, with an ASCII name for clients without RFC 5987
    name: doc.number ? `${doc.title}（${doc.number}）.pdf` : `${doc.title}.pdf`,
    asciiName: `document-${doc.id}.pdf`,
    ...(size === undefined ? {} : { size }),
  }
}
