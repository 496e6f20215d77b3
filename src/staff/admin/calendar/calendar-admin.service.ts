import type { AuditAction } from '../../../audit/audit-action.js'
import { insertAuditEvent } from '../../../audit/audit.repository.js'
import type { Deps } from '../../../deps.js'
import type { StaffRole } from '../../staff-account.table.js'
import { todayInChina } from '../../../kernel/china-time.js'
import { isCalendarDate, yearOf } from '../../../calendar/calendar-date.js'
import {
  deleteCalendarOverride,
  upsertCalendarOverride,
} from '../../../calendar/calendar-override.repository.js'
import type { Override } from './calendar-admin.schema.js'

type Editor = { id: string; roles: StaffRole[]; ip: string | null }

export function currentYear(deps: Deps): number {
  return yearOf(todayInChina(deps.clock.now()))
}

/**
 * The override and its audit row in one transaction, then the in-memory calendar is re-read, so
 * deadlines computed from the next request on use it.
 */
export async function setCalendarOverride(deps: Deps, editor: Editor, override: Override) {
  const replaced = deps.calendar.overrides().some((o) => o.day === override.day)
  await deps.db.transaction().execute(async (trx) => {
    await upsertCalendarOverride(trx, { ...override, created_by: editor.id })
    await audit(deps, trx, editor, 'calendar_override.set', override.day, {
      kind: override.kind,
      name: override.name,
      replaced,
    })
  })
  await deps.calendar.reload()
}

export async function removeCalendarOverride(deps: Deps, editor: Editor, day: string) {
  const removed = await deps.db.transaction().execute(async (trx) => {
    const gone = await deleteCalendarOverride(trx, day)
    if (gone) await audit(deps, trx, editor, 'calendar_override.remove', day, {})
    return gone
  })
  await deps.calendar.reload()
  return removed
}

function audit(
  deps: Deps,
  db: Deps['db'],
  editor: Editor,
  action: AuditAction,
  day: string,
  details: object,
) {
  return insertAuditEvent(db, {
    at: deps.clock.now(),
    actor: { type: 'staff', id: editor.id, roles: editor.roles },
    ip: editor.ip,
    action,
    object: { type: 'calendar_override', id: day },
    result: 'success',
    details: { ...details },
  })
}
