import { CASE_ROLES, mayAccess, type StaffAccess } from './staff-access.js'
import type { StaffRole } from './staff-account.table.js'

/** The staff header's links; each shows only to accounts whose roles open that area. */
const STAFF_NAV: { href: string; label: string; access: StaffAccess }[] = [
  { href: '/staff', label: '办件队列', access: CASE_ROLES },
  { href: '/staff/admin/document-numbers', label: '文书编号', access: ['admin'] },
  { href: '/staff/admin/accounts', label: '账号管理', access: ['admin'] },
  { href: '/staff/admin/settings', label: '系统设置', access: ['admin'] },
  { href: '/staff/admin/calendar', label: '节假日调整', access: ['admin'] },
  { href: '/staff/audit', label: '审计日志', access: ['auditor'] },
  { href: '/staff/counter', label: '窗口录入', access: ['intake'] },
  { href: '/staff/account', label: '我的账号', access: 'signed_in' },
]

export function staffNavFor(roles: readonly StaffRole[]): { href: string; label: string }[] {
  return STAFF_NAV.filter((item) => mayAccess(roles, item.access)).map(({ href, label }) => ({
    href,
    label,
  }))
}
