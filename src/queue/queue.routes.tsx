import { Hono } from 'hono'
import { QueuePage } from '../../views/pages/staff/queue/queue-page.js'
import type { Deps } from '../deps.js'
import { CASE_ROLES, staffRoute, type StaffRouteDef } from '../staff/staff-access.js'
import type { StaffEnv } from '../staff/staff-env.js'
import { loadQueue } from './queue.service.js'

export const QUEUE_ROUTES = {
  queue: { method: 'GET', path: '/staff', access: CASE_ROLES },
} as const satisfies Record<string, StaffRouteDef>

export function queueRoutes(deps: Deps) {
  const app = new Hono<StaffEnv>()
  staffRoute(app, QUEUE_ROUTES.queue, async (c) => {
    const { invalid, ...view } = await loadQueue(deps, c.req.query())
    if (invalid) c.status(422)
    return c.render(<QueuePage {...view} />, { title: '办件队列' })
  })
  return app
}
