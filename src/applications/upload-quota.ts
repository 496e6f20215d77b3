import type { Db } from '../db/database.js'
import { UPLOAD_LIMITS, type ReceiveOptions } from '../uploads/multipart.js'
import { countMaterials } from './application.repository.js'
import { countDraftFiles } from './draft.repository.js'

/** Who is uploading, and into what. */
export type UploadPurpose =
  | { kind: 'draft'; draftId: string }
  | { kind: 'supplement'; applicationId: string }
  | { kind: 'evidence'; applicationId: string }
  | { kind: 'court_reply' }
  | { kind: 'service_proof' }

/**
 * What an upload may still add on top of what is already held, for receiveUploads' `remaining`;
 * undefined when only the per-request limits (UPLOAD_LIMITS) apply. Every cumulative upload cap
 * lives here, each with its reason.
 */
export async function remainingQuota(
  db: Db,
  purpose: UploadPurpose,
): Promise<ReceiveOptions['remaining']> {
  const { maxFiles, maxTotalBytes, maxFileBytes } = UPLOAD_LIMITS
  switch (purpose.kind) {
    case 'draft': {
      // The published limit (30 files, 100 MB per application) is checked against the draft,
      // which is the application to be: its files become the application's materials.
      const used = await countDraftFiles(db, purpose.draftId)
      return { files: maxFiles - used.files, bytes: maxTotalBytes - used.bytes }
    }
    case 'supplement':
    case 'evidence': {
      // 补正 answers and further evidence are counted together with every material the
      // application already holds, and those alone may fill one whole allowance. Twice the
      // allowance leaves an application that used all of it the room of a second one, and still
      // bounds the total (issue 12 F15: evidence was once bounded only per request).
      const used = await countMaterials(db, purpose.applicationId)
      return { files: maxFiles * 2 - used.files, bytes: maxTotalBytes * 2 - used.bytes }
    }
    case 'court_reply':
      // Staff file exactly one reply letter per reply.
      return { files: 1, bytes: maxFileBytes }
    case 'service_proof':
      // One scanned 送达回证 per recorded service.
      return { files: 1, bytes: maxFileBytes }
  }
}
