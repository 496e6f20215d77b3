import type { Deps } from '../../deps.js'
import type { FormErrors } from '../../http/form.js'
import { todayInChina } from '../../kernel/china-time.js'
import { parseTrackingCode } from '../../kernel/tracking-code.js'
import type { StaffActor } from '../../staff/staff-actor.js'
import { ACCEPTED_TYPES } from '../../uploads/file-checks.js'
import type { ReceivedFile } from '../../uploads/multipart.js'
import { auditCollab } from '../common/collab-audit.js'
import {
  countExistingExchanges,
  findApplicationsByCodes,
  insertMeeting,
  insertMeetingLinks,
} from './meeting.repository.js'
import type { MeetingForm } from './meeting.schema.js'

type Resolved = { applicationIds: string[]; exchangeIds: string[] }

/**
 * What the form cannot check alone: the date is not ahead, every 查询码 names an application, every
 * ticked exchange exists. Returns the errors, or the linked ids.
 */
export async function resolveMeetingLinks(
  deps: Deps,
  form: MeetingForm,
): Promise<{ ok: true; links: Resolved } | { ok: false; errors: FormErrors }> {
  const errors: FormErrors = {}
  const today = todayInChina(deps.clock.now())
  if (form.heldOn > today) errors.heldOn = `会议日期不能晚于今天（${today}）`
  const codes: string[] = []
  for (const raw of (form.caseCodes ?? '').split(/[\s,，、;；]+/).filter(Boolean)) {
    const parsed = parseTrackingCode(raw)
    if (!parsed.ok) errors.caseCodes ??= `涉及案件中的“${raw}”不是有效的查询码：${parsed.message}`
    else codes.push(parsed.value)
  }
  const apps = await findApplicationsByCodes(deps.db, [...new Set(codes)])
  const missing = codes.find((c) => !apps.some((a) => a.tracking_code === c))
  if (missing && !errors.caseCodes) errors.caseCodes = `没有查询码为 ${missing} 的申请`
  const exchangeIds = [...new Set(form.exchangeIds)]
  const validIds = exchangeIds.every((id) => /^[0-9a-f-]{36}$/.test(id))
  if (!validIds || (await countExistingExchanges(deps.db, exchangeIds)) !== exchangeIds.length)
    errors.exchangeIds = '选择的交换记录不存在，请刷新页面后重新选择'
  if (Object.keys(errors).length) return { ok: false, errors }
  return { ok: true, links: { applicationIds: apps.map((a) => a.id), exchangeIds } }
}

/** The meeting, its links and its audit row in one transaction; the 纪要 is already stored. */
export async function recordMeeting(
  deps: Deps,
  actor: StaffActor,
  form: MeetingForm,
  links: Resolved,
  minutes: ReceivedFile | undefined,
): Promise<string> {
  const now = deps.clock.now()
  return deps.db.transaction().execute(async (trx) => {
    const id = await insertMeeting(trx, {
      kind: form.kind,
      held_on: form.heldOn,
      place: form.place,
      chair: form.chair,
      participants: form.participants,
      agenda: form.agenda,
      decisions: form.decisions ?? null,
      recommendation_refs: form.recommendationRefs ?? null,
      recorded_by: actor.staff.id,
      recorded_at: now,
      ...(minutes ? minutesColumns(minutes) : {}),
    })
    await insertMeetingLinks(trx, id, links)
    await auditCollab(trx, actor, now, {
      action: 'meeting.create',
      type: 'collab_meeting',
      id,
      details: {
        kind: form.kind,
        cases: links.applicationIds.length,
        exchanges: links.exchangeIds.length,
        ...(minutes ? { sha256: minutes.sha256 } : {}),
      },
    })
    return id
  })
}

function minutesColumns(file: ReceivedFile) {
  const ext = ACCEPTED_TYPES[file.detectedType].ext
  const name = file.extensionMismatch ? `${file.originalName}.${ext}` : file.originalName
  return {
    minutes_key: file.storedId,
    minutes_name: name,
    minutes_sha256: file.sha256,
    minutes_size: file.size,
  }
}
