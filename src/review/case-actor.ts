import type { Context } from 'hono'
import type { Deps } from '../deps.js'
import { clientIp } from '../http/client-ip.js'
import type { StaffEnv } from '../staff/staff-env.js'
import type { CaseActor } from './case.service.js'

/** Who acts, from where: what every audit event of the application page records. */
export function actorOf(deps: Deps, c: Context<StaffEnv>): CaseActor {
  return { staff: c.var.staff!, ip: clientIp(c, deps) }
}
