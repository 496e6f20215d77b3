import type { Deps } from '../deps.js'
import { parseForm, type InvalidForm } from '../http/form.js'
import type { StaffActor } from '../staff/staff-actor.js'
import { receiveOneFileForm } from '../uploads/one-file-form.js'
import { HandedDownSchema } from './handed-down.schema.js'
import { enterHandedDown, futureDayProblem } from './handed-down.service.js'

/** The entry form's POST, whose multipart body is streamed (src/app.ts STREAMING_UPLOAD_PATHS). */
export const HANDED_DOWN_UPLOAD_PATH = '/staff/handed-down'

/**
 * A 交办 or 移送 case with its one source document (交办通知书, 移送函: PDF, JPEG or PNG, at most
 * 20 MB); a refused form or a failed write removes the stored file again.
 */
export function receiveHandedDown(
  deps: Deps,
  request: Request,
  actor: StaffActor,
): Promise<{ ok: false; form: InvalidForm } | { ok: true; id: string }> {
  return receiveOneFileForm(deps, request, 'document', async (fields, doc) => {
    const parsed = parseForm(HandedDownSchema, fields)
    const errors = {
      ...(parsed.ok ? futureDayProblem(deps, parsed.data) : parsed.form.errors),
      ...(doc ? {} : { document: '请上传交办通知书或移送函（PDF 或照片）' }),
    }
    if (!parsed.ok || !doc || Object.keys(errors).length > 0) return { errors }
    return { id: await enterHandedDown(deps, actor, parsed.data, doc) }
  })
}
