import { Hono } from 'hono'
import { QueuePage } from '../../views/pages/staff/queue/queue-page.js'
import type { Deps } from '../deps.js'
import { CASE_ROLES, staffRoute, type StaffRouteDef } from '../staff/staff-access.js'
import type { StaffEnv } from '../staff/staff-env.js'
import { loadQueue } from './queue.service.js'
import { exOfficioQueueItems } from '../ex-officio/ex-officio-view.service.js'
import { handedDownQueueItems } from '../handed-down/handed-down-view.js'

export const QUEUE_ROUTES = {
  queue: { method: 'GET', path: '/staff', access: CASE_ROLES },
} as const satisfies Record<string, StaffRouteDef>

export function queueRoutes(deps: Deps) {
  const app = new Hono<StaffEnv>()
  staffRoute(app, QUEUE_ROUTES.queue, async (c) => {
    const approver = c.var.staff!.roles.includes('leader')
    const { invalid, ...view } = await loadQueue(deps, c.req.query(), { approver })
    if (invalid) c.status(422)
    const exOfficio = await exOfficioQueueItems(deps)
    const roles = c.var.staff!.roles
    const handedDown = {
      items: await handedDownQueueItems(deps),
      mayEnter: roles.includes('intake'),
    }
    return c.render(
      <QueuePage
        {...view}
        exOfficio={exOfficio}
        mayOpenExOfficio={roles.includes('reviewer')}
        handedDown={handedDown}
      />,
      { title: '办件队列' },
    )
  })
  return app
}
