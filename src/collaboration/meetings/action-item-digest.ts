import type { Db } from '../../db/database.js'
import { findOpenActionItemsDue } from './meeting.repository.js'
import { MEETING_KIND_LABEL } from './meeting.schema.js'

/** One open action item in a staff member's daily digest (no personal data: a task and a date). */
export type DigestActionLine = { staffId: string; text: string; due: string }

/**
 * Open action items due on or before `until`: a colleague's own go to them; an organisation's go
 * to whoever recorded the meeting, who follows it up with that organisation.
 */
export async function findDigestActionLines(db: Db, until: string): Promise<DigestActionLine[]> {
  const rows = await findOpenActionItemsDue(db, until)
  return rows.map((r) => ({
    staffId: r.owner_staff_id ?? r.meeting_recorded_by,
    due: r.due_on,
    text: `${r.description}（${r.meeting_held_on} ${MEETING_KIND_LABEL[r.meeting_kind]}${
      r.owner_organisation ? `，承办单位：${r.owner_organisation}` : ''
    }）`,
  }))
}
