import { Hono, type Context } from 'hono'
import { hasErrors, type FormErrors } from '../http/form.js'
import { MaterialsPage } from '../../views/pages/apply/materials.js'
import type { Deps } from '../deps.js'
import type { AppEnv } from '../http/app-env.js'
import { receiveUploads, UPLOAD_LIMITS } from '../uploads/multipart.js'
import { UploadRejected } from '../uploads/upload-errors.js'
import { currentDraft, draftContext } from './draft-cookie.js'
import {
  countDraftFiles,
  deleteDraftFile,
  findDraftFiles,
  insertDraftFile,
} from './draft.repository.js'
import { saveDraftAnswers, type Draft } from './draft.service.js'
import { SLOTS, missingMaterials, slotDefinition } from './material-slots.js'
import { formatBytes } from './format.js'
import { stepsFor } from './wizard-steps.js'

export const UPLOAD_PATH = '/apply/materials/upload'

/** The materials page (SPEC §5): uploads per slot into the draft, removal, and on to the check. */
export function materialsRoutes(deps: Deps) {
  const app = new Hono<AppEnv>()
  app.get('/materials', (c) => withDraft(c, deps, (draft) => renderMaterials(c, deps, draft, {})))
  app.post('/materials/upload', (c) => withDraft(c, deps, (draft) => upload(c, deps, draft)))
  app.post('/materials/remove', (c) =>
    withDraft(c, deps, async (draft) => {
      const id = String((await c.req.parseBody()).id ?? '')
      const fileId = /^[0-9a-f-]{36}$/.test(id)
        ? await deleteDraftFile(deps.db, draft.id, id)
        : undefined
      if (fileId) await deps.fileStore.remove(fileId)
      return c.redirect('/apply/materials', 303)
    }),
  )
  app.post('/materials', (c) =>
    withDraft(c, deps, async (draft) => {
      const generateLetter = (await c.req.parseBody()).generateLetter === 'yes'
      const answers = { ...draft.answers, generateLetter }
      await saveDraftAnswers(draftContext(deps), draft, answers)
      const present = new Set((await findDraftFiles(deps.db, draft.id)).map((f) => f.slot))
      const missing = missingMaterials(answers, generateLetter, present)
      if (Object.keys(missing).length > 0) {
        c.status(422)
        return renderMaterials(c, deps, { ...draft, answers }, missing)
      }
      return c.redirect('/apply/check', 303)
    }),
  )
  return app
}

async function withDraft(c: Context<AppEnv>, deps: Deps, fn: (draft: Draft) => Promise<Response>) {
  const draft = await currentDraft(c, deps)
  if (!draft) return c.redirect('/apply?expired=1', 303)
  if (draft.applicationId) return c.redirect('/apply/confirmation', 303)
  return fn(draft)
}

async function upload(c: Context<AppEnv>, deps: Deps, draft: Draft): Promise<Response> {
  const slot = slotDefinition(c.req.query('slot') ?? '')
  if (!slot || !slot.applies(draft.answers)) return c.notFound()
  const field = `file-${slot.slot}`
  const used = await countDraftFiles(deps.db, draft.id)
  try {
    const { files, fields } = await receiveUploads(c.req.raw, deps.fileStore, UPLOAD_LIMITS, {
      fileFields: [field],
      remaining: {
        files: UPLOAD_LIMITS.maxFiles - used.files,
        bytes: UPLOAD_LIMITS.maxTotalBytes - used.bytes,
      },
    })
    const description =
      String(fields.description ?? '')
        .trim()
        .slice(0, 200) || null
    if (files.length === 0 || (slot.describe && !description)) {
      for (const f of files) await deps.fileStore.remove(f.storedId)
      c.status(422)
      const message =
        files.length === 0 ? `请选择要上传的${slot.label}文件` : '请为这份证据材料写一句说明'
      return renderMaterials(c, deps, draft, { [field]: message })
    }
    for (const f of files) {
      await insertDraftFile(deps.db, {
        draft_id: draft.id,
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
    return c.redirect('/apply/materials', 303)
  } catch (err) {
    if (!(err instanceof UploadRejected)) throw err
    c.status(err.status)
    return renderMaterials(c, deps, draft, {
      [field]: err.problems.map((p) => p.message).join('；'),
    })
  }
}

async function renderMaterials(c: Context<AppEnv>, deps: Deps, draft: Draft, errors: FormErrors) {
  const files = await findDraftFiles(deps.db, draft.id)
  const generate = draft.answers.generateLetter ?? false
  const steps = stepsFor(draft.answers)
  const slots = SLOTS.filter((s) => s.applies(draft.answers)).map((s) => ({
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
        size: formatBytes(Number(f.byte_size)),
        description: f.description,
      })),
  }))
  return c.render(
    <MaterialsPage
      slots={slots}
      generateLetter={generate}
      errors={errors}
      csrfToken={c.var.csrfToken()}
      stepNumber={steps.length + 2}
      totalSteps={steps.length + 3}
      backHref={`/apply/step/${steps.at(-1)!.id}`}
    />,
    { title: '上传材料', invalid: hasErrors(errors) },
  )
}
