import { Hono, type Context } from 'hono'
import { hasErrors, type FormErrors } from '../http/form.js'
import { MaterialsPage } from '../../views/pages/apply/materials.js'
import type { Deps } from '../deps.js'
import type { AppEnv } from '../http/app-env.js'
import { currentDraft } from './draft-cookie.js'
import {
  draftMaterialSlots,
  removeDraftMaterial,
  saveMaterialsChoice,
  uploadDraftMaterials,
} from './draft-materials.service.js'
import type { Draft } from './draft.service.js'
import { slotDefinition } from './material-slots.js'
import { receiveMaterialsPage } from './materials-save.js'
import { stepsFor } from './wizard-steps.js'
import { clientIp } from '../http/client-ip.js'
import { requireUploadBudget } from '../abuse/upload-budget.js'

/** The single-slot upload and the whole page's form: both streamed (app.ts). */
export const UPLOAD_PATH = /^\/apply\/materials\/(upload|save)$/

/** The materials page (docs/product.md §5): uploads per slot into the draft, removal, and on to the check. */
export function materialsRoutes(deps: Deps) {
  const app = new Hono<AppEnv>()
  app.get('/materials', (c) =>
    withDraft(c, deps, (draft) =>
      renderMaterials(c, deps, draft, {}, Number(c.req.query('uploaded')) || undefined),
    ),
  )
  app.post('/materials/save', (c) =>
    withDraft(c, deps, (draft) => saveMaterialsPage(c, deps, draft)),
  )
  app.post('/materials/upload', (c) =>
    withDraft(c, deps, async (draft) => {
      const slot = slotDefinition(c.req.query('slot') ?? '')
      if (!slot || !slot.applies(draft.answers)) return c.notFound()
      // F11: no file before every question is answered, and none beyond the address's daily bytes
      const open = stepsFor(draft.answers).find((s) => !s.done(draft.answers))
      if (open) return c.redirect(`/apply/step/${open.id}`, 303)
      await requireUploadBudget(deps, clientIp(c, deps), c.req.raw)
      const refused = await uploadDraftMaterials(deps, draft, slot, c.req.raw)
      if (!refused) return c.redirect('/apply/materials', 303)
      c.status(refused.status)
      return renderMaterials(c, deps, draft, { [`file-${slot.slot}`]: refused.message })
    }),
  )
  app.post('/materials/remove', (c) =>
    withDraft(c, deps, async (draft) => {
      await removeDraftMaterial(deps, draft, String((await c.req.parseBody()).id ?? ''))
      return c.redirect('/apply/materials', 303)
    }),
  )
  app.post('/materials', (c) =>
    withDraft(c, deps, async (draft) => {
      const generateLetter = (await c.req.parseBody()).generateLetter === 'yes'
      const saved = await saveMaterialsChoice(deps, draft, generateLetter)
      if (Object.keys(saved.missing).length === 0) return c.redirect('/apply/check', 303)
      c.status(422)
      return renderMaterials(c, deps, saved.draft, saved.missing)
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

/** Uploads every chosen file, then either back to the page (an 上传 button) or on to the check. */
async function saveMaterialsPage(c: Context<AppEnv>, deps: Deps, draft: Draft) {
  const got = await receiveMaterialsPage(deps, draft, c.req.raw)
  if (!got.ok) {
    c.status(got.status as 413)
    return renderMaterials(c, deps, draft, got.errors)
  }
  const saved = await saveMaterialsChoice(deps, draft, got.fields.generateLetter === 'yes')
  const pressed = slotDefinition(String(got.fields.upload ?? ''))
  if (pressed && got.uploaded === 0) {
    c.status(422)
    const message = `请先选择要上传的${pressed.label}文件，再点“上传${pressed.label}”`
    return renderMaterials(c, deps, saved.draft, { [`file-${pressed.slot}`]: message })
  }
  if (pressed)
    return c.redirect(`/apply/materials${got.uploaded ? `?uploaded=${got.uploaded}` : ''}`, 303)
  if (Object.keys(saved.missing).length === 0) return c.redirect('/apply/check', 303)
  c.status(422)
  return renderMaterials(c, deps, saved.draft, saved.missing, got.uploaded)
}

async function renderMaterials(
  c: Context<AppEnv>,
  deps: Deps,
  draft: Draft,
  errors: FormErrors,
  uploaded?: number,
) {
  const steps = stepsFor(draft.answers)
  return c.render(
    <MaterialsPage
      slots={await draftMaterialSlots(deps, draft)}
      generateLetter={draft.answers.generateLetter ?? true}
      uploaded={uploaded}
      errors={errors}
      csrfToken={c.var.csrfToken()}
      stepNumber={steps.length + 2}
      totalSteps={steps.length + 3}
      backHref={`/apply/step/${steps.at(-1)!.id}`}
    />,
    { title: '上传材料', invalid: hasErrors(errors) },
  )
}
