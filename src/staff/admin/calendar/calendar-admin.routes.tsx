import type { Context } from 'hono'
import { Hono } from 'hono'
import { CalendarPage } from '../../../../views/pages/staff/admin/calendar.js'
import { hasErrors, type FormErrors } from '../../../http/form.js'
import type { Deps } from '../../../deps.js'
import { isCalendarDate, yearOf } from '../../../calendar/calendar-date.js'
import { clientIp } from '../../../http/client-ip.js'
import { staffRoute, type StaffRouteDef } from '../../staff-access.js'
import type { StaffEnv } from '../../staff-env.js'
import {
  currentYear,
  overrideProblems,
  removeCalendarOverride,
  setCalendarOverride,
} from './calendar-admin.service.js'
import { calendarYearView, type OverrideForm } from './calendar-view.js'

const BASE = '/staff/admin/calendar'

export const CALENDAR_ADMIN_ROUTES = {
  page: { method: 'GET', path: BASE, access: ['admin'] },
  set: { method: 'POST', path: BASE, access: ['admin'] },
  remove: { method: 'POST', path: `${BASE}/remove`, access: ['admin'] },
} as const satisfies Record<string, StaffRouteDef>

const EMPTY: OverrideForm = { day: '', kind: '', name: '', note: '' }
const NOTICES: Record<string, string> = {
  set: '调整已保存，此后计算的期限按新的安排。',
  removed: '调整已删除。',
}

export function calendarAdminRoutes(deps: Deps) {
  const app = new Hono<StaffEnv>()
  staffRoute(app, CALENDAR_ADMIN_ROUTES.page, (c) => {
    const asked = Number(c.req.query('year'))
    const year =
      Number.isInteger(asked) && asked >= 1900 && asked <= 2199 ? asked : currentYear(deps)
    return render(deps, c, year, EMPTY, {}, NOTICES[c.req.query('done') ?? ''])
  })
  staffRoute(app, CALENDAR_ADMIN_ROUTES.set, async (c) => {
    const body = await c.req.parseBody()
    const form: OverrideForm = {
      day: String(body.day ?? '').trim(),
      kind: String(body.kind ?? ''),
      name: String(body.name ?? ''),
      note: String(body.note ?? ''),
    }
    const errors = overrideProblems(form)
    if (Object.keys(errors).length > 0) {
      c.status(422)
      const year = isCalendarDate(form.day) ? yearOf(form.day) : currentYear(deps)
      return render(deps, c, year, form, errors)
    }
    await setCalendarOverride(deps, editorOf(deps, c), form)
    return c.redirect(`${BASE}?year=${yearOf(form.day)}&done=set`, 303)
  })
  staffRoute(app, CALENDAR_ADMIN_ROUTES.remove, async (c) => {
    const day = String((await c.req.parseBody()).day ?? '')
    if (!isCalendarDate(day) || !(await removeCalendarOverride(deps, editorOf(deps, c), day))) {
      c.status(422)
      return render(deps, c, currentYear(deps), EMPTY, {
        day: '没有找到这一天的调整，可能已被删除',
      })
    }
    return c.redirect(`${BASE}?year=${yearOf(day)}&done=removed`, 303)
  })
  return app
}

function editorOf(deps: Deps, c: Context<StaffEnv>) {
  const staff = c.var.staff!
  return { id: staff.id, roles: staff.roles, ip: clientIp(c, deps) }
}

function render(
  deps: Deps,
  c: Context<StaffEnv>,
  year: number,
  form: OverrideForm,
  errors: FormErrors,
  notice?: string,
) {
  const view = calendarYearView(deps, year)
  const now = currentYear(deps)
  const years = [...new Set([...view.officialYears, now, now + 1, now + 2, year])].sort(
    (a, b) => a - b,
  )
  return c.render(
    <CalendarPage
      csrfToken={c.var.csrfToken()}
      view={view}
      years={years}
      form={form}
      errors={errors}
      notice={notice}
    />,
    { title: '节假日调整', invalid: hasErrors(errors) },
  )
}
