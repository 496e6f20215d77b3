import type { Context } from 'hono'
import { Hono } from 'hono'
import { CalendarPage } from '../../../../views/pages/staff/admin/calendar.js'
import { hasErrors, parseForm, type FormErrors, type FormValues } from '../../../http/form.js'
import type { Deps } from '../../../deps.js'
import { isCalendarDate, yearOf } from '../../../calendar/calendar-date.js'
import { clientIp } from '../../../http/client-ip.js'
import { staffRoute, type StaffRouteDef } from '../../staff-access.js'
import type { StaffEnv } from '../../staff-env.js'
import { NO_OVERRIDE, OverrideSchema, RemovalSchema } from './calendar-admin.schema.js'
import {
  currentYear,
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
    const parsed = parseForm(OverrideSchema, await c.req.parseBody())
    if (!parsed.ok) {
      c.status(422)
      const form = overrideFormOf(parsed.form.values)
      const year = isCalendarDate(form.day) ? yearOf(form.day) : currentYear(deps)
      return render(deps, c, year, form, parsed.form.errors)
    }
    await setCalendarOverride(deps, editorOf(deps, c), parsed.data)
    return c.redirect(`${BASE}?year=${yearOf(parsed.data.day)}&done=set`, 303)
  })
  staffRoute(app, CALENDAR_ADMIN_ROUTES.remove, async (c) => {
    const parsed = parseForm(RemovalSchema, await c.req.parseBody())
    const day = parsed.ok ? parsed.data.day : undefined
    if (!day || !(await removeCalendarOverride(deps, editorOf(deps, c), day))) {
      c.status(422)
      return render(deps, c, currentYear(deps), EMPTY, { day: NO_OVERRIDE })
    }
    return c.redirect(`${BASE}?year=${yearOf(day)}&done=removed`, 303)
  })
  return app
}

/** The form as typed, to show again; the day trimmed as the schema reads it. */
function overrideFormOf(values: FormValues): OverrideForm {
  const text = (key: string) => (typeof values[key] === 'string' ? values[key] : '')
  return { day: text('day').trim(), kind: text('kind'), name: text('name'), note: text('note') }
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
