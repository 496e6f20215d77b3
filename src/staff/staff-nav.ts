import { CASE_ROLES, mayAccess, type StaffAccess } from './staff-access.js'
import type { StaffRole } from './staff-account.table.js'

/** The staff header's links; each shows only to accounts whose roles open that area. */
const STAFF_NAV: { href: string; label: string; access: StaffAccess }[] = [
  { href: '/staff', label: '办件队列', access: CASE_ROLES },
  { href: '/staff/counter', label: '窗口录入', access: ['intake'] },
  { href: '/staff/account', label: '我的账号', access: 'signed_in' },
]

export function staffNavFor(roles: readonly StaffRole[]): { href: string; label: string }[] {
  return STAFF_NAV.filter((item) => mayAccess(roles, item.access)).map(({ href, label }) => ({
    href,
    label,
  }))
}
