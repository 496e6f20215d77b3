import type { Readable } from 'node:stream'
import type { Deps } from '../deps.js'
import { findIssuedDocument } from '../documents/issued-document.repository.js'
import { NotFound } from '../errors.js'
import type { StaffActor } from '../staff/staff-actor.js'
import { isUuid } from '../kernel/ids.js'
import { caseAudit } from './case.service.js'
import { findMaterialOf } from './case.repository.js'
import { isApplicationPurged } from '../retention/retention.repository.js'

export type OpenedFile = { stream: Readable; type: string; name: string; size?: number }

const NOT_FOUND = () => new NotFound('没有找到这份材料。')
const PURGED = () =>
  new NotFound('这件申请的保存期限已届满，申请人的个人信息和材料已按规定清除，不能再查看或下载。')

/**
 * One material of this application, opened and audited (docs/product.md §8: every view or download of a
 * material). An id belonging to another application finds nothing: 404, never its file.
 */
export async function openMaterial(
  deps: Deps,
  actor: StaffActor,
  appId: string,
  materialId: string,
  mode: 'view' | 'download',
): Promise<OpenedFile> {
  const m =
    isUuid(appId) && isUuid(materialId)
      ? await findMaterialOf(deps.db, appId, materialId)
      : undefined
  if (!m) throw NOT_FOUND()
  if (await isApplicationPurged(deps.db, appId)) throw PURGED()
  const stream = deps.fileStore.open(m.file_id)
  await caseAudit(deps.db, actor, appId, `material_${mode}`, deps.clock.now(), {
    materialId: m.id,
  }).catch((err: unknown) => {
    stream.destroy()
    throw err
  })
  return { stream, type: m.detected_type, name: m.original_name, size: Number(m.byte_size) }
}

/** A document this procuratorate issued to the applicant (the 证据材料收据 and later notices). */
export async function openDocument(
  deps: Deps,
  actor: StaffActor,
  appId: string,
  documentId: string,
): Promise<OpenedFile> {
  const d =
    isUuid(appId) && isUuid(documentId)
      ? await findIssuedDocument(deps.db, appId, documentId)
      : undefined
  if (!d) throw NOT_FOUND()
  if (await isApplicationPurged(deps.db, appId)) throw PURGED()
  const stream = deps.fileStore.open(d.file_id)
  await caseAudit(deps.db, actor, appId, 'document_download', deps.clock.now(), {
    documentId: d.id,
  }).catch((err: unknown) => {
    stream.destroy()
    throw err
  })
  return { stream, type: 'application/pdf', name: `${d.title}.pdf` }
}
