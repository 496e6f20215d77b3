import type { AppEnv } from '../http/app-env.js'
import type { SessionStaff } from './auth/staff-session.repository.js'

/** The signed-in staff member; `totpRequired` is true in production (SPEC §8). */
export type StaffUser = SessionStaff & { totpRequired: boolean }

export type StaffEnv = AppEnv
