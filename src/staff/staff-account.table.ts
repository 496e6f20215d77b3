import type { Generated, Insertable } from 'kysely'

export const STAFF_ROLES = ['intake', 'reviewer', 'leader', 'admin', 'auditor'] as const
export type StaffRole = (typeof STAFF_ROLES)[number]

export interface StaffAccountsTable {
  id: Generated<string>
  username: string
  display_name: string
  password_hash: string
  roles: StaffRole[]
  must_change_password: Generated<boolean>
  disabled_at: Date | null
  failed_logins: Generated<number>
  locked_until: Date | null
  totp_secret_encrypted: string | null
  totp_enabled_at: Date | null
  totp_pending_encrypted: string | null
  totp_last_step: number | null
  password_changed_at: Date | null
  last_login_at: Date | null
  /** where the daily digest goes; staff without one get none */
  email: Generated<string | null>
  /** 法律职务 told to the applicant with the name (规则 第四十五条) */
  legal_title: Generated<string>
  created_at: Generated<Date>
  updated_at: Generated<Date>
}

export type NewStaffAccountRow = Insertable<StaffAccountsTable>

export interface StaffSessionsTable {
  token_hash: string
  staff_id: string
  created_at: Date
  last_seen_at: Date
  expires_at: Date
}
