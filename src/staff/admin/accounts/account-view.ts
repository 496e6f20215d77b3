import { chinaDateTime } from '../../../kernel/china-time.js'
import { ROLE_LABEL } from '../../roles.js'
import type { StaffRole } from '../../staff-account.table.js'
import type { AdminAccountRow } from './staff-admin.repository.js'

/** One account as the administrator's pages show it (no hashes, no secrets). */
export type AccountView = {
  id: string
  username: string
  displayName: string
  /** 规则 第四十五条: told to the applicant with the name */
  legalTitle: string
  roles: StaffRole[]
  roleLabels: string[]
  totpEnabled: boolean
  disabled: boolean
  locked: boolean
  mustChangePassword: boolean
  lastLogin: string | undefined
}

export function toAccountView(row: AdminAccountRow, now: Date): AccountView {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    legalTitle: row.legal_title,
    roles: row.roles,
    roleLabels: row.roles.map((r) => ROLE_LABEL[r]),
    totpEnabled: row.totp_enabled_at !== null,
    disabled: row.disabled_at !== null,
    locked: row.locked_until !== null && row.locked_until > now,
    mustChangePassword: row.must_change_password,
    lastLogin: row.last_login_at ? chinaDateTime(row.last_login_at) : undefined,
  }
}

export const ROLE_OPTIONS = (Object.entries(ROLE_LABEL) as [StaffRole, string][]).map(
  ([value, label]) => ({ value, label }),
)
