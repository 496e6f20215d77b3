import { insertAuditEvent } from '../../../audit/audit.repository.js'
import type { Deps } from '../../../deps.js'
import type { FormErrors } from '../../../http/form.js'
import type { StaffRole } from '../../staff-account.table.js'
import { isCalendarDate, todayInChina, yearOf } from '../../../calendar/calendar-date.js'
import {
  deleteCalendarOverride,
  upsertCalendarOverride,
} from '../../../calendar/calendar-override.repository.js'
import type { CalendarOverrideKind } from '../../../calendar/official-calendar.js'
import type { OverrideForm } from './calendar-view.js'

type Editor = { id: string; roles: StaffRole[]; ip: string | null }

export function currentYear(deps: Deps): number {
  return yearOf(todayInChina(deps.clock.now()))
}

export function overrideProblems(form: OverrideForm): FormErrors {
  const errors: FormErrors = {}
  if (!form.day) errors.day = '请填写日期'
  else if (!isCalendarDate(form.day) || yearOf(form.day) < 1900 || yearOf(form.day) > 2199)
    errors.day = '日期格式不正确，请按“2027-01-01”的格式填写'
  if (form.kind !== 'workday' && form.kind !== 'holiday')
    errors.kind = '请选择这一天是工作日还是休息日'
  const name = [...form.name.trim()].length
  if (name === 0) errors.name = '请填写名称，例如“春节”或“国庆节调休上班”'
  else if (name > 50) errors.name = '名称不能超过 50 个字'
  if ([...form.note.trim()].length > 500) errors.note = '备注不能超过 500 个字'
  return errors
}

/**
 * The override and its audit row in one transaction, then the in-memory calendar is re-read, so
 * deadlines computed from the next request on use it.
 */
export async function setCalendarOverride(deps: Deps, editor: Editor, form: OverrideForm) {
  const override = {
    day: form.day,
    kind: form.kind as CalendarOverrideKind,
    name: form.name.trim(),
    note: form.note.trim() || null,
  }
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
  action: string,
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
