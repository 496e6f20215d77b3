import type { Deps } from '../../deps.js'
import { parseForm, type InvalidForm } from '../../http/form.js'
import type { StaffActor } from '../../staff/staff-actor.js'
import { receiveOneFileForm } from '../../uploads/one-file-form.js'
import { MeetingSchema } from './meeting.schema.js'
import { recordMeeting, resolveMeetingLinks } from './meeting.service.js'

/** The meeting form's POST, whose multipart body is streamed (src/app.ts STREAMING_UPLOAD_PATHS). */
export const MEETING_UPLOAD_PATH = '/staff/meetings/new'

/**
 * A meeting with its optional 纪要 (PDF, JPEG or PNG, at most 20 MB); a refused form or a failed
 * write removes the stored file again, so nothing is left behind.
 */
export function receiveMeeting(
  deps: Deps,
  request: Request,
  actor: StaffActor,
): Promise<{ ok: false; form: InvalidForm } | { ok: true; id: string }> {
  return receiveOneFileForm(deps, request, 'minutes', async (fields, minutes) => {
    const parsed = parseForm(MeetingSchema, fields)
    if (!parsed.ok) return { errors: parsed.form.errors }
    const links = await resolveMeetingLinks(deps, parsed.data)
    if (!links.ok) return { errors: links.errors }
    return { id: await recordMeeting(deps, actor, parsed.data, links.links, minutes) }
  })
}
