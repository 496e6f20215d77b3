import type { Context } from 'hono'
import type { Config } from '../config.js'
import { clientIp } from '../http/client-ip.js'
import type { SignedInStaffEnv, StaffEnv, StaffUser } from './staff-env.js'

/** The signed-in staff member acting, with every role they hold, and the address they act from. */
export type StaffActor = { staff: StaffUser; ip: string | null }

/** Who acts, from where: what every audit row of a staff act records. */
export function actorOf(
  c: Context<SignedInStaffEnv> | Context<StaffEnv>,
  deps: { config: Pick<Config, 'trustProxy' | 'trustProxyHops'> },
): StaffActor {
  const staff = c.var.staff
  // Only a route registered without an access check (staffRoute) could get here without a session.
  if (!staff) throw new Error(`no signed-in staff member on ${c.req.path}`)
  return { staff, ip: clientIp(c, deps) }
}

/**
 * The actor as the stage-change service and the audit log record it: both also serve applicants and
 * the daily jobs, so they take a type and the roles rather than a StaffActor.
 */
export function recordedActor(actor: StaffActor) {
  return { type: 'staff' as const, id: actor.staff.id, roles: actor.staff.roles }
}
