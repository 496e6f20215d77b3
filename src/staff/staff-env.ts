import type { AppEnv } from '../http/app-env.js'
import type { SessionStaff } from './auth/staff-session.repository.js'

/** The signed-in staff member; `totpRequired` is true in production (docs/product.md §8). */
export type StaffUser = SessionStaff & { totpRequired: boolean }

/** A /staff sub-app: the session middleware sets `staff` when a live session came with the request. */
export type StaffEnv = AppEnv

/**
 * A handler behind a check that refuses requests without a session (any access but 'public'):
 * `staff` is always there. staffRoute hands handlers this context when the route's declared access
 * proves it, so they need no `c.var.staff!`.
 */
export type SignedInStaffEnv = { Variables: AppEnv['Variables'] & { staff: StaffUser } }
