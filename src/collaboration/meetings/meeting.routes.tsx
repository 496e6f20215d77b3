import type { Context } from 'hono'
import { Hono } from 'hono'
import {
  ActionDuePage,
  MeetingListPage,
} from '../../../views/pages/staff/collaboration/meetings.js'
import { MeetingDetailPage } from '../../../views/pages/staff/collaboration/meeting-detail.js'
import { MeetingNewPage } from '../../../views/pages/staff/collaboration/meeting-new.js'
import type { Deps } from '../../deps.js'
import { hasErrors, parseForm, type FormErrors, type FormValues } from '../../http/form.js'
import { sendStoredFile } from '../../http/send-stored-file.js'
import { staffRoute, type StaffRouteDef } from '../../staff/staff-access.js'
import { actorOf } from '../../staff/staff-actor.js'
import type { StaffEnv } from '../../staff/staff-env.js'
import { COLLAB_READ, COLLAB_WRITE, mayWriteCollab } from '../common/collab-roles.js'
import { addActionItem, closeItem, viewDueActionItems } from './action-item.service.js'
import { MEETING_UPLOAD_PATH, receiveMeeting } from './meeting-upload.js'
import { ActionItemSchema, ActionStatusSchema } from './meeting.schema.js'
import {
  listMeetings,
  meetingFormOptions,
  openMinutes,
  staffOptions,
  viewMeeting,
} from './meeting-view.service.js'

export const MEETING_ROUTES = {
  list: { method: 'GET', path: '/staff/meetings', access: COLLAB_READ },
  due: { method: 'GET', path: '/staff/meetings/actions', access: COLLAB_READ },
  newForm: { method: 'GET', path: MEETING_UPLOAD_PATH, access: COLLAB_WRITE },
  create: { method: 'POST', path: MEETING_UPLOAD_PATH, access: COLLAB_WRITE },
  close: { method: 'POST', path: '/staff/meetings/actions/:id/close', access: COLLAB_WRITE },
  view: { method: 'GET', path: '/staff/meetings/:id', access: COLLAB_READ },
  minutes: { method: 'GET', path: '/staff/meetings/:id/minutes', access: COLLAB_WRITE },
  addAction: { method: 'POST', path: '/staff/meetings/:id/actions', access: COLLAB_WRITE },
} as const satisfies Record<string, StaffRouteDef>

export function meetingRoutes(deps: Deps) {
  const app = new Hono<StaffEnv>()
  staffRoute(app, MEETING_ROUTES.list, async (c) =>
    c.render(
      <MeetingListPage
        meetings={await listMeetings(deps)}
        mayAdd={mayWrite(c)}
        done={c.req.query('done')}
      />,
      { title: '联席会议' },
    ),
  )
  staffRoute(app, MEETING_ROUTES.due, async (c) =>
    c.render(<ActionDuePage items={await viewDueActionItems(deps)} />, { title: '到期议定事项' }),
  )
  staffRoute(app, MEETING_ROUTES.newForm, (c) => renderNew(deps, c, {}, {}))
  staffRoute(app, MEETING_ROUTES.create, async (c) => {
    const result = await receiveMeeting(deps, c.req.raw, actorOf(c, deps))
    if (!result.ok) {
      c.status(422)
      return renderNew(deps, c, result.form.values, result.form.errors)
    }
    return c.redirect(`/staff/meetings/${result.id}?done=created`, 303)
  })
  staffRoute(app, MEETING_ROUTES.view, (c) => renderDetail(deps, c, {}, {}))
  staffRoute(app, MEETING_ROUTES.minutes, async (c) =>
    sendStoredFile(c, await openMinutes(deps, actorOf(c, deps), c.req.param('id')!), 'attachment'),
  )
  staffRoute(app, MEETING_ROUTES.addAction, async (c) => {
    const body = await c.req.parseBody()
    const parsed = parseForm(ActionItemSchema, body)
    const id = c.req.param('id')!
    const result = parsed.ok
      ? await addActionItem(deps, actorOf(c, deps), id, parsed.data)
      : { ok: false as const, errors: parsed.form.errors }
    if (!result.ok) {
      c.status(422)
      return renderDetail(deps, c, body as FormValues, result.errors)
    }
    return c.redirect(`/staff/meetings/${id}?done=action`, 303)
  })
  staffRoute(app, MEETING_ROUTES.close, async (c) => {
    const parsed = parseForm(ActionStatusSchema, await c.req.parseBody())
    if (!parsed.ok) {
      c.status(422)
      return c.render(
        <ActionDuePage items={await viewDueActionItems(deps)} errors={parsed.form.errors} />,
        {
          title: '到期议定事项',
          invalid: true,
        },
      )
    }
    const meetingId = await closeItem(deps, actorOf(c, deps), c.req.param('id')!, parsed.data)
    return c.redirect(`/staff/meetings/${meetingId}?done=closed`, 303)
  })
  return app
}

const mayWrite = (c: Context<StaffEnv>) => mayWriteCollab(c.var.staff!.roles)

async function renderNew(deps: Deps, c: Context<StaffEnv>, values: FormValues, errors: FormErrors) {
  return c.render(
    <MeetingNewPage
      csrfToken={c.var.csrfToken()}
      exchanges={await meetingFormOptions(deps)}
      values={values}
      errors={errors}
    />,
    { title: '登记联席会议', invalid: hasErrors(errors) },
  )
}

async function renderDetail(
  deps: Deps,
  c: Context<StaffEnv>,
  values: FormValues,
  errors: FormErrors,
) {
  const meeting = await viewMeeting(deps, c.req.param('id')!)
  return c.render(
    <MeetingDetailPage
      meeting={meeting}
      csrfToken={c.var.csrfToken()}
      staff={await staffOptions(deps)}
      mayWrite={mayWrite(c)}
      done={c.req.query('done')}
      values={values}
      errors={errors}
    />,
    { title: `联席会议 ${meeting.heldOn}`, invalid: hasErrors(errors) },
  )
}
