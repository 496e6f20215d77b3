import type { Readable } from 'node:stream'
import type { Deps } from '../../deps.js'
import { NotFound } from '../../errors.js'
import { todayInChina } from '../../kernel/china-time.js'
import { formatFileSize } from '../../kernel/file-size.js'
import { isUuid } from '../../kernel/ids.js'
import { formatTrackingCode } from '../../kernel/tracking-code.js'
import type { StaffActor } from '../../staff/staff-actor.js'
import { auditCollab } from '../common/collab-audit.js'
import { toActionItemView, type ActionItemView } from './action-item.service.js'
import {
  findCaseStaff,
  findMeeting,
  findMeetingActionItems,
  findMeetingFile,
  findMeetings,
  findMeetingLinks,
  findRecentExchanges,
} from './meeting.repository.js'
import { MEETING_KIND_LABEL } from './meeting.schema.js'
import type { MeetingParticipant } from './meeting.table.js'

const DIRECTION = { from_court: '法院→本院', to_court: '本院→法院' } as const

export type MeetingSummary = {
  id: string
  kind: string
  heldOn: string
  place: string
  chair: string
}

export type MeetingDetail = MeetingSummary & {
  participants: MeetingParticipant[]
  agenda: string
  decisions: string | undefined
  recommendationRefs: string | undefined
  minutes: { name: string; size: string; sha256: string } | undefined
  recordedBy: string
  exchanges: { id: string; text: string }[]
  cases: { trackingCode: string; caseNumber: string }[]
  actions: ActionItemView[]
}

export async function listMeetings(deps: Deps): Promise<MeetingSummary[]> {
  const rows = await findMeetings(deps.db, 200)
  return rows.map((r) => ({
    id: r.id,
    kind: MEETING_KIND_LABEL[r.kind],
    heldOn: r.held_on,
    place: r.place,
    chair: r.chair,
  }))
}

export async function viewMeeting(deps: Deps, id: string): Promise<MeetingDetail> {
  const row = isUuid(id) ? await findMeeting(deps.db, id) : undefined
  if (!row) throw new NotFound('没有找到这次会议。')
  const links = await findMeetingLinks(deps.db, id)
  const today = todayInChina(deps.clock.now())
  const actions = await findMeetingActionItems(deps.db, id)
  return {
    id: row.id,
    kind: MEETING_KIND_LABEL[row.kind],
    heldOn: row.held_on,
    place: row.place,
    chair: row.chair,
    participants: row.participants,
    agenda: row.agenda,
    decisions: row.decisions ?? undefined,
    recommendationRefs: row.recommendation_refs ?? undefined,
    minutes:
      row.minutes_name && row.minutes_sha256 && row.minutes_size !== null
        ? {
            name: row.minutes_name,
            size: formatFileSize(row.minutes_size),
            sha256: row.minutes_sha256,
          }
        : undefined,
    recordedBy: row.recorded_by_name,
    exchanges: links.exchanges.map((e) => ({
      id: e.id,
      text: `${e.exchanged_on} ${DIRECTION[e.direction]} ${e.counterpart}：${e.content}`,
    })),
    cases: links.cases.map((c) => ({
      trackingCode: formatTrackingCode(c.tracking_code),
      caseNumber: c.case_number,
    })),
    actions: actions.map((a) => toActionItemView(a, today)),
  }
}

/** What the meeting form offers: the latest exchanges to tick. */
export async function meetingFormOptions(deps: Deps) {
  const rows = await findRecentExchanges(deps.db, 30)
  return rows.map((e) => ({
    value: e.id,
    label: `${e.exchanged_on} ${DIRECTION[e.direction]} ${e.counterpart}：${e.content}`,
  }))
}

export async function staffOptions(deps: Deps) {
  return (await findCaseStaff(deps.db)).map((s) => ({ value: s.id, label: s.display_name }))
}

/** The 纪要, audited: minutes name people and cases. */
export async function openMinutes(
  deps: Deps,
  actor: StaffActor,
  id: string,
): Promise<{ stream: Readable; type: string; name: string; size: number }> {
  const row = isUuid(id) ? await findMeetingFile(deps.db, id) : undefined
  if (!row?.minutes_key || !row.minutes_name || row.minutes_size === null)
    throw new NotFound('这次会议没有上传纪要。')
  await auditCollab(deps.db, actor, deps.clock.now(), {
    action: 'meeting.minutes_download',
    type: 'collab_meeting',
    id: row.id,
    details: { sha256: row.minutes_sha256 },
  })
  const ext = /\.([a-z0-9]+)$/i.exec(row.minutes_name)?.[1]?.toLowerCase() ?? ''
  const type =
    ext === 'pdf'
      ? 'application/pdf'
      : ext === 'png'
        ? 'image/png'
        : ext.startsWith('jp')
          ? 'image/jpeg'
          : 'application/octet-stream'
  return {
    stream: deps.fileStore.open(row.minutes_key),
    type,
    name: row.minutes_name,
    size: row.minutes_size,
  }
}
