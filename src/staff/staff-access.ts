import type { Context, Handler, Hono, MiddlewareHandler } from 'hono'
import { AppError } from '../errors.js'
import type { SignedInStaffEnv, StaffEnv } from './staff-env.js'
import type { StaffRole } from './staff-account.table.js'

/** Who may use a staff route: nobody signed in needed, any signed-in account, or these roles. */
export type StaffAccess = 'public' | 'signed_in' | readonly StaffRole[]

export type StaffRouteDef = {
  method: 'GET' | 'POST'
  /** the full path, as mounted (e.g. `/staff/applications/:id`) */
  path: string
  access: StaffAccess
  /** reachable while the account must still change its password or enrol TOTP */
  duringSetup?: boolean
  /**
   * Why this route opens to roles of two duties (三员分立, decision 039). Only for pages of
   * aggregated figures that show no case file and no personal data; never to the administrator.
   */
  acrossDuties?: string
}

/** The roles that work on applications; `admin` and `auditor` see no case files (docs/product.md §8). */
export const CASE_ROLES: readonly StaffRole[] = ['intake', 'reviewer', 'leader']

/** Registers a handler behind the access check of its definition (see staff-route-table.ts). */
export function staffRoute(
  app: Hono<StaffEnv>,
  def: StaffRouteDef,
  ...handlers: (MiddlewareHandler<StaffEnv> | Handler<StaffEnv>)[]
): void {
  const all = [requireAccess(def), ...handlers] as [Handler<StaffEnv>]
  if (def.method === 'GET') app.get(def.path, ...all)
  else app.post(def.path, ...all)
}

/** A route closed to visitors without a session: signed in, or holding one of these roles. */
export type SignedInRouteDef = StaffRouteDef & { access: Exclude<StaffAccess, 'public'> }

/**
 * staffRoute for a route that requires a session: its handler reads `c.var.staff` without `!`.
 * The access check registered in front of it has refused every request without one by then.
 */
export function signedInRoute(
  app: Hono<StaffEnv>,
  def: SignedInRouteDef,
  handler: Handler<SignedInStaffEnv>,
): void {
  // hono cannot see the narrowing requireAccess does, hence the one cast
  staffRoute(app, def, handler as unknown as Handler<StaffEnv>)
}

export function mayAccess(roles: readonly StaffRole[], access: StaffAccess): boolean {
  if (access === 'public' || access === 'signed_in') return true
  return access.some((role) => roles.includes(role))
}

function requireAccess(def: StaffRouteDef): MiddlewareHandler<StaffEnv> {
  return async (c, next) => {
    if (def.access === 'public') return next()
    const staff = c.var.staff
    if (!staff) return toLogin(c)
    if (!def.duringSetup) {
      if (staff.mustChangePassword) return c.redirect('/staff/account/password', 303)
      if (staff.totpRequired && !staff.totpEnabled) return c.redirect('/staff/account/totp', 303)
    }
    if (!mayAccess(staff.roles, def.access))
      throw new AppError(403, 'forbidden', '您的账号没有办理此项工作的权限。')
    return next()
  }
}

function toLogin(c: Context<StaffEnv>) {
  const back = c.req.method === 'GET' ? `?next=${encodeURIComponent(c.req.path)}` : ''
  return c.redirect(`/staff/login${back}`, 303)
}
