import type { MaterialsSlotView } from '../../views/pages/apply/materials.js'
import type { FormErrors } from '../http/form.js'
import type { Deps } from '../deps.js'
import { receiveUploads, UPLOAD_LIMITS, type ReceivedFile } from '../uploads/multipart.js'
import { uploadProblem, type UploadRefusal } from '../uploads/upload-errors.js'
import { draftContext } from './draft-cookie.js'
import { deleteDraftFile, findDraftFiles, insertDraftFile } from './draft.repository.js'
import { saveDraftAnswers, type Draft } from './draft.service.js'
import { formatFileSize } from '../kernel/file-size.js'
import { isUuid } from '../kernel/ids.js'
import { missingMaterials, SLOTS, type SlotDefinition } from './material-slots.js'
import { remainingQuota } from './upload-quota.js'

/**
 * Files for one slot of the draft, streamed and checked, within what the draft may still hold.
 * Returns the refusal to show beside the slot (nothing is kept then), or undefined once stored.
 */
export async function uploadDraftMaterials(
  deps: Deps,
  draft: Draft,
  slot: SlotDefinition,
  request: Request,
): Promise<UploadRefusal | undefined> {
  try {
    const { files, fields } = await receiveUploads(request, deps.fileStore, UPLOAD_LIMITS, {
      fileFields: [`file-${slot.slot}`],
      remaining: await remainingQuota(deps.db, { kind: 'draft', draftId: draft.id }),
    })
    // one description per upload: a repeated field is refused rather than joined ("a,b")
    const repeated = Array.isArray(fields.description)
    const description =
      String(fields.description ?? '')
        .trim()
        .slice(0, 200) || null
    if (files.length === 0 || repeated || (slot.describe && !description)) {
      for (const f of files) await deps.fileStore.remove(f.storedId)
      const message =
        files.length === 0
          ? `请选择要上传的${slot.label}文件`
          : repeated
            ? '说明只能填写一项，请重新上传'
            : '请为这份证据材料写一句说明'
      return { status: 422, message }
    }
    await keepDraftFiles(deps, draft.id, slot, files, description)
    return undefined
  } catch (err) {
    const problem = uploadProblem(err)
    if (!problem) throw err
    return problem
  }
}

async function keepDraftFiles(
  deps: Deps,
  draftId: string,
  slot: SlotDefinition,
  files: readonly ReceivedFile[],
  description: string | null,
): Promise<void> {
  for (const f of files) {
    await insertDraftFile(deps.db, {
      draft_id: draftId,
      slot: slot.slot,
      description,
      original_name: f.originalName,
      byte_size: f.size,
      detected_type: f.detectedType,
      sha256: f.sha256,
      file_id: f.storedId,
      uploaded_at: deps.clock.now(),
    })
  }
}

/** Removes one of the draft's files (ids that are not the draft's are ignored). */
export async function removeDraftMaterial(deps: Deps, draft: Draft, id: string): Promise<void> {
  const fileId = isUuid(id) ? await deleteDraftFile(deps.db, draft.id, id) : undefined
  if (fileId) await deps.fileStore.remove(fileId)
}

/**
 * Saves whether the service should generate the 申请书, then lists what is still missing for the
 * check page (empty when the applicant may go on).
 */
export async function saveMaterialsChoice(
  deps: Deps,
  draft: Draft,
  generateLetter: boolean,
): Promise<{ draft: Draft; missing: FormErrors }> {
  const answers = { ...draft.answers, generateLetter }
  await saveDraftAnswers(draftContext(deps), draft, answers)
  const present = new Set((await findDraftFiles(deps.db, draft.id)).map((f) => f.slot))
  return {
    draft: { ...draft, answers },
    missing: missingMaterials(answers, generateLetter, present),
  }
}

/** The slots that apply to this draft, each with the files it holds. */
export async function draftMaterialSlots(deps: Deps, draft: Draft): Promise<MaterialsSlotView[]> {
  const files = await findDraftFiles(deps.db, draft.id)
  const generate = draft.answers.generateLetter ?? false
  return SLOTS.filter((s) => s.applies(draft.answers)).map((s) => ({
    slot: s.slot,
    label: s.label,
    hint: s.hint,
    describe: s.describe ?? false,
    required: s.required(draft.answers, generate),
    files: files
      .filter((f) => f.slot === s.slot)
      .map((f) => ({
        id: f.id,
        name: f.original_name,
        size: formatFileSize(Number(f.byte_size)),
        description: f.description,
      })),
  }))
}
