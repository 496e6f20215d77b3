import { addDays } from '../../calendar/calendar-date.js'
import type { Deps } from '../../deps.js'
import { NotFound, TransitionRefused } from '../../errors.js'
import type { FormErrors } from '../../http/form.js'
import { todayInChina } from '../../kernel/china-time.js'
import { isUuid } from '../../kernel/ids.js'
import type { StaffActor } from '../../staff/staff-actor.js'
import { auditCollab } from '../common/collab-audit.js'
import {
  closeActionItem,
  findCaseStaff,
  findMeetingFile,
  findOpenActionItemsDue,
  insertActionItem,
  lockActionItem,
  type ActionItemListRow,
} from './meeting.repository.js'
import {
  ACTION_STATUS_LABEL,
  MEETING_KIND_LABEL,
  type ActionItemForm,
  type ActionStatusForm,
} from './meeting.schema.js'

/** How far ahead the due list and the digest look for action items, in calendar days. */
export const ACTION_DUE_SOON_DAYS = 7

export type ActionItemView = {
  id: string
  meetingId: string
  meeting: string
  description: string
  owner: string
  ownerStaffId: string | null
  dueOn: string
  overdue: boolean
  status: string
  open: boolean
  note: string | undefined
}

export function toActionItemView(row: ActionItemListRow, today: string): ActionItemView {
  return {
    id: row.id,
    meetingId: row.meeting_id,
    meeting: `${row.meeting_held_on} ${MEETING_KIND_LABEL[row.meeting_kind]}`,
    description: row.description,
    owner: row.owner_name ?? row.owner_organisation ?? '',
    ownerStaffId: row.owner_staff_id,
    dueOn: row.due_on,
    overdue: row.status === 'open' && row.due_on < today,
    status: ACTION_STATUS_LABEL[row.status],
    open: row.status === 'open',
    note: row.status_note ?? undefined,
  }
}

export async function addActionItem(
  deps: Deps,
  actor: StaffActor,
  meetingId: string,
  form: ActionItemForm,
): Promise<{ ok: true } | { ok: false; errors: FormErrors }> {
  if (!isUuid(meetingId) || !(await findMeetingFile(deps.db, meetingId)))
    throw new NotFound('没有找到这次会议。')
  if (form.ownerStaffId && !(await findCaseStaff(deps.db)).some((s) => s.id === form.ownerStaffId))
    return { ok: false, errors: { ownerStaffId: '请从列表中选择承办人' } }
  const now = deps.clock.now()
  await deps.db.transaction().execute(async (trx) => {
    const id = await insertActionItem(trx, {
      meeting_id: meetingId,
      description: form.description,
      owner_staff_id: form.ownerStaffId ?? null,
      owner_organisation: form.ownerOrganisation ?? null,
      due_on: form.dueOn,
      created_by: actor.staff.id,
      created_at: now,
    })
    await auditCollab(trx, actor, now, {
      action: 'meeting.action_add',
      type: 'collab_action_item',
      id,
      details: { meetingId, dueOn: form.dueOn },
    })
  })
  return { ok: true }
}

/** Done or dropped, once: a second submission finds the item closed and is refused (409). */
export async function closeItem(
  deps: Deps,
  actor: StaffActor,
  itemId: string,
  form: ActionStatusForm,
): Promise<string> {
  if (!isUuid(itemId)) throw new NotFound('没有找到这项议定事项。')
  const now = deps.clock.now()
  return deps.db.transaction().execute(async (trx) => {
    const item = await lockActionItem(trx, itemId)
    if (!item) throw new NotFound('没有找到这项议定事项。')
    if (item.status !== 'open') throw new TransitionRefused('这项议定事项已经办结，不能重复办理。')
    await closeActionItem(trx, itemId, { status: form.status, note: form.note ?? null, at: now })
    await auditCollab(trx, actor, now, {
      action: 'meeting.action_close',
      type: 'collab_action_item',
      id: itemId,
      details: { status: form.status },
    })
    return item.meeting_id
  })
}

/** Open items overdue or due within the next week, soonest first. */
export async function viewDueActionItems(deps: Deps): Promise<ActionItemView[]> {
  const today = todayInChina(deps.clock.now())
  const rows = await findOpenActionItemsDue(deps.db, addDays(today, ACTION_DUE_SOON_DAYS))
  return rows.map((r) => toActionItemView(r, today))
}
