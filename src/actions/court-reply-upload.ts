import { AppError } from '../errors.js'
import { receiveUploads, UPLOAD_LIMITS } from '../uploads/multipart.js'
import { uploadProblem } from '../uploads/upload-errors.js'
import { remainingQuota } from '../applications/upload-quota.js'
import { parseForm, type InvalidForm } from '../http/form.js'
import type { ActionCall } from './action-table.js'
import { recordCourtReply, replyDateProblem } from './court-reply.service.js'
import { CourtReplySchema } from './recommendation.schema.js'

/** Matches the court-reply POST path, whose multipart body is streamed (src/app.ts). */
export const COURT_REPLY_UPLOAD_PATH =
  /^\/staff\/applications\/[0-9a-f-]{36}\/actions\/record_court_reply$/

/**
 * The court's reply letter comes through the same streamed, checked pipeline as applicants' files
 * (PDF, JPEG or PNG decided from the bytes, 20 MB). The file is stored first; whenever the form or
 * the change is refused it is removed again, so nothing stays behind. Returns the form to show
 * again (422), or undefined once recorded.
 */
export async function receiveCourtReply({
  deps,
  c,
  kase,
  actor,
}: ActionCall): Promise<InvalidForm | undefined> {
  let received
  try {
    received = await receiveUploads(c.req.raw, deps.fileStore, UPLOAD_LIMITS, {
      fileFields: ['file'],
      remaining: await remainingQuota(deps.db, { kind: 'court_reply' }),
    })
  } catch (err) {
    const problem = uploadProblem(err)
    if (!problem) throw err
    if (problem.status === 413) throw new AppError(413, 'payload_too_large', problem.message)
    return { values: {}, errors: { file: problem.message } }
  }
  const [letter] = received.files
  const parsed = parseForm(CourtReplySchema, received.fields)
  const form = parsed.ok ? undefined : parsed.form
  const dateProblem = parsed.ok
    ? await replyDateProblem(deps, kase.id, parsed.data.repliedOn)
    : undefined
  const errors = {
    ...(form?.errors ?? {}),
    ...(dateProblem ? { repliedOn: dateProblem } : {}),
    ...(letter ? {} : { file: '请上传法院的回复意见函（PDF 或照片）' }),
  }
  if (!parsed.ok || !letter || Object.keys(errors).length > 0) {
    if (letter) await deps.fileStore.remove(letter.storedId)
    return { values: textFields(received.fields), errors }
  }
  try {
    await recordCourtReply(deps, actor, kase.id, parsed.data, letter)
  } catch (err) {
    await deps.fileStore.remove(letter.storedId).catch(() => undefined)
    throw err
  }
  return undefined
}

function textFields(fields: Record<string, string | string[]>) {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => typeof v === 'string'))
}
