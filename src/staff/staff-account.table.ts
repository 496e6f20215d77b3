import type { Generated, Insertable, Selectable } from 'kysely'

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
  created_at: Generated<Date>
  updated_at: Generated<Date>
}

export type StaffAccountRow = Selectable<StaffAccountsTable>
export type NewStaffAccountRow = Insertable<StaffAccountsTable>
