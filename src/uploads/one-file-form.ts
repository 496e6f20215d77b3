import type { Deps } from '../deps.js'
import { AppError } from '../errors.js'
import { formValues, type FormErrors, type InvalidForm } from '../http/form.js'
import { receiveUploads, UPLOAD_LIMITS, type ReceivedFile, type UploadLimits } from './multipart.js'
import { uploadProblem } from './upload-errors.js'

/** One document of at most 20 MB beside a staff form: PDF, JPEG or PNG, decided from the bytes. */
const ONE_FILE_LIMITS: UploadLimits = {
  ...UPLOAD_LIMITS,
  maxFiles: 1,
  maxTotalBytes: UPLOAD_LIMITS.maxFileBytes,
}

/** What a one-file form's handler decides: the form refused with these errors, or the new record. */
export type OneFileDecision = { errors: FormErrors } | { id: string }

/**
 * A staff form with at most one file in `field` (a 纪要, a scanned list, a 交办通知书), through the
 * same streamed, checked upload pipeline as applicants' files. The file is stored first; whenever
 * `handle` refuses the form or throws, it is removed again, so a refused form leaves nothing behind.
 * Returns the form to show again (422), or the new record's id.
 */
export async function receiveOneFileForm(
  deps: Deps,
  request: Request,
  field: string,
  handle: (
    fields: Record<string, string | string[]>,
    file: ReceivedFile | undefined,
  ) => Promise<OneFileDecision>,
): Promise<{ ok: false; form: InvalidForm } | { ok: true; id: string }> {
  let received
  try {
    received = await receiveUploads(request, deps.fileStore, ONE_FILE_LIMITS, {
      fileFields: [field],
    })
  } catch (err) {
    const problem = uploadProblem(err)
    if (!problem) throw err
    if (problem.status === 413) throw new AppError(413, 'payload_too_large', problem.message)
    return { ok: false, form: { values: {}, errors: { [field]: problem.message } } }
  }
  const [file] = received.files
  let decision: OneFileDecision
  try {
    decision = await handle(received.fields, file)
  } catch (err) {
    if (file) await deps.fileStore.remove(file.storedId).catch(() => undefined)
    throw err
  }
  if ('id' in decision) return { ok: true, id: decision.id }
  if (file) await deps.fileStore.remove(file.storedId)
  return { ok: false, form: { values: formValues(received.fields), errors: decision.errors } }
}
