import { remainingQuota } from '../applications/upload-quota.js'
import { AppError } from '../errors.js'
import { parseForm, type InvalidForm } from '../http/form.js'
import { ServiceRecordSchema } from '../service-of-documents/service-record.schema.js'
import { recordService, serviceProblems } from '../service-of-documents/service-record.service.js'
import { receiveUploads, UPLOAD_LIMITS } from '../uploads/multipart.js'
import { uploadProblem } from '../uploads/upload-errors.js'
import type { ActionCall } from './action-table.js'

/** Matches the 登记送达 POST path, whose multipart body is streamed (src/app.ts). */
export const SERVICE_UPLOAD_PATH = /^\/staff\/applications\/[0-9a-f-]{36}\/actions\/record_service$/

/**
 * The scanned 送达回证 comes through the same streamed, checked pipeline as every upload (PDF, JPEG
 * or PNG decided from the bytes, 20 MB). It is stored first and removed again whenever the form or
 * the record is refused, so a refusal leaves nothing behind. Returns the form to show again (422),
 * or undefined once recorded.
 */
export async function receiveServiceRecord({
  deps,
  c,
  kase,
  actor,
}: ActionCall): Promise<InvalidForm | undefined> {
  let received
  try {
    received = await receiveUploads(c.req.raw, deps.fileStore, UPLOAD_LIMITS, {
      fileFields: ['file'],
      remaining: await remainingQuota(deps.db, { kind: 'service_proof' }),
    })
  } catch (err) {
    const problem = uploadProblem(err)
    if (!problem) throw err
    if (problem.status === 413) throw new AppError(413, 'payload_too_large', problem.message)
    return { values: {}, errors: { file: problem.message } }
  }
  const [proof] = received.files
  const values = textFields(received.fields)
  const parsed = parseForm(ServiceRecordSchema, received.fields)
  const errors = parsed.ok
    ? await serviceProblems(deps, kase.id, parsed.data, proof)
    : parsed.form.errors
  if (!parsed.ok || Object.keys(errors).length > 0) {
    if (proof) await deps.fileStore.remove(proof.storedId)
    return { values, errors }
  }
  try {
    await recordService(deps, actor, kase.id, parsed.data, proof)
  } catch (err) {
    if (proof) await deps.fileStore.remove(proof.storedId).catch(() => undefined)
    throw err
  }
  return undefined
}

function textFields(fields: Record<string, string | string[]>) {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => typeof v === 'string'))
}
