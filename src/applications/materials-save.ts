import type { Deps } from '../deps.js'
import type { FormErrors } from '../http/form.js'
import { receiveUploads, UPLOAD_LIMITS, type ReceivedFile } from '../uploads/multipart.js'
import { UploadRejected } from '../uploads/upload-errors.js'
import { insertDraftFile } from './draft.repository.js'
import type { Draft } from './draft.service.js'
import { SLOTS, type SlotDefinition } from './material-slots.js'
import { remainingQuota } from './upload-quota.js'

export type MaterialsPageSubmit =
  | { ok: true; uploaded: number; fields: Record<string, string | string[]> }
  | { ok: false; status: number; errors: FormErrors }

/**
 * The materials page is one form: whichever button is pressed, every file chosen on it is uploaded
 * to its slot, or the page comes back with the reason under that slot. A chosen file is never
 * silently dropped (the UX review's problem 5). All or nothing: on any refusal nothing is kept.
 */
export async function receiveMaterialsPage(
  deps: Deps,
  draft: Draft,
  request: Request,
): Promise<MaterialsPageSubmit> {
  const slots = SLOTS.filter((s) => s.applies(draft.answers))
  try {
    const received = await receiveUploads(request, deps.fileStore, UPLOAD_LIMITS, {
      fileFields: slots.map((s) => `file-${s.slot}`),
      remaining: await remainingQuota(deps.db, { kind: 'draft', draftId: draft.id }),
    })
    const refusal = describeRefusal(received.files, received.fields)
    if (refusal) {
      for (const f of received.files) await deps.fileStore.remove(f.storedId)
      return { ok: false, status: 422, errors: refusal }
    }
    await keepFiles(deps, draft, slots, received.files, description(received.fields))
    return { ok: true, uploaded: received.files.length, fields: received.fields }
  } catch (err) {
    if (!(err instanceof UploadRejected)) throw err
    return { ok: false, status: err.status, errors: problemsBySlot(err, slots) }
  }
}

function description(fields: Record<string, string | string[]>): string | null {
  return (
    String(fields.description ?? '')
      .trim()
      .slice(0, 200) || null
  )
}

/** Evidence needs its one-line description, as on the single-slot upload. */
function describeRefusal(
  files: readonly ReceivedFile[],
  fields: Record<string, string | string[]>,
): FormErrors | undefined {
  const evidence = files.some((f) => f.fieldName === 'file-evidence')
  if (!evidence) return undefined
  if (Array.isArray(fields.description))
    return { 'file-evidence': '说明只能填写一项，请重新选择文件' }
  if (!description(fields))
    return { 'file-evidence': '请为这份证据材料写一句说明，再重新选择文件上传' }
  return undefined
}

/** Each refusal under the slot it is about; one about the whole request under the first slot. */
function problemsBySlot(err: UploadRejected, slots: SlotDefinition[]): FormErrors {
  const errors: Record<string, string> = {}
  for (const p of err.problems) {
    const field = p.fieldName ?? `file-${slots[0]!.slot}`
    errors[field] = errors[field] ? `${errors[field]}；${p.message}` : p.message
  }
  return errors
}

async function keepFiles(
  deps: Deps,
  draft: Draft,
  slots: SlotDefinition[],
  files: readonly ReceivedFile[],
  text: string | null,
): Promise<void> {
  for (const f of files) {
    const slot = slots.find((s) => `file-${s.slot}` === f.fieldName)!
    await insertDraftFile(deps.db, {
      draft_id: draft.id,
      slot: slot.slot,
      description: slot.describe ? text : null,
      original_name: f.originalName,
      byte_size: f.size,
      detected_type: f.detectedType,
      sha256: f.sha256,
      file_id: f.storedId,
      uploaded_at: deps.clock.now(),
    })
  }
}
