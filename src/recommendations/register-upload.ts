import type { z } from 'zod'
import type { Deps } from '../deps.js'
import { AppError } from '../errors.js'
import { formValues, parseForm, type FormErrors, type InvalidForm } from '../http/form.js'
import { ACCEPTED_TYPES } from '../uploads/file-checks.js'
import { receiveUploads, UPLOAD_LIMITS, type ReceivedFile } from '../uploads/multipart.js'
import { uploadProblem } from '../uploads/upload-errors.js'

export type RecordOutcome = { ok: true } | { ok: false; errors: FormErrors }

/** What one register form with files takes: its file field, how many files, the form's schema. */
export type RegisterUpload<S extends z.ZodType> = {
  field: string
  maxFiles: number
  schema: S
  /** the message when no file came with the form */
  missing: string
  record: (data: z.output<S>, files: ReceivedFile[]) => Promise<RecordOutcome>
}

/**
 * A register form with documents (the court's letters, the evidence of a measure done) through the
 * same streamed, checked pipeline as applicants' files: PDF, JPEG or PNG decided from the bytes,
 * at most 20 MB each. The files are stored first; whenever the form or the record is refused they
 * are removed again, so a refused form leaves nothing behind. Returns the form to show again
 * (422), or undefined once recorded.
 */
export async function receiveRegisterUpload<S extends z.ZodType>(
  deps: Deps,
  request: Request,
  upload: RegisterUpload<S>,
): Promise<InvalidForm | undefined> {
  let received
  try {
    received = await receiveUploads(
      request,
      deps.fileStore,
      {
        ...UPLOAD_LIMITS,
        maxFiles: upload.maxFiles,
        maxTotalBytes: upload.maxFiles * UPLOAD_LIMITS.maxFileBytes,
      },
      { fileFields: [upload.field] },
    )
  } catch (err) {
    const problem = uploadProblem(err)
    if (!problem) throw err
    if (problem.status === 413) throw new AppError(413, 'payload_too_large', problem.message)
    return { values: {}, errors: { [upload.field]: problem.message } }
  }
  const { files } = received
  const removeAll = () =>
    Promise.all(files.map((f) => deps.fileStore.remove(f.storedId).catch(() => undefined)))
  const parsed = parseForm(upload.schema, received.fields)
  const values = formValues(received.fields)
  if (!parsed.ok || files.length === 0) {
    await removeAll()
    const errors = parsed.ok ? {} : parsed.form.errors
    if (files.length === 0) errors[upload.field] = upload.missing
    return { values, errors }
  }
  try {
    const result = await upload.record(parsed.data, files)
    if (result.ok) return undefined
    await removeAll()
    return { values, errors: result.errors }
  } catch (err) {
    await removeAll()
    throw err
  }
}

/** The name a received file is kept under: a .jpg that is really a PNG gets the right extension. */
export function receivedName(f: ReceivedFile): string {
  const ext = ACCEPTED_TYPES[f.detectedType].ext
  return f.extensionMismatch ? `${f.originalName}.${ext}` : f.originalName
}
