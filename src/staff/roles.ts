import type { StaffRole } from './staff-account.table.js'

/** docs/product.md §8 role names as staff know them. */
export const ROLE_LABEL: Record<StaffRole, string> = {
  intake: '控告申诉（受理）',
  reviewer: '民事检察（审查）',
  leader: '院领导（审批）',
  admin: '系统管理员',
  auditor: '安全审计员',
}

/** Where a person lands after signing in: the first area their roles open. */
export function landingFor(roles: readonly StaffRole[]): string {
  if (roles.some((r) => r === 'intake' || r === 'reviewer' || r === 'leader')) return '/staff'
  if (roles.includes('admin')) return '/staff/admin/accounts'
  if (roles.includes('auditor')) return '/staff/audit'
  return '/staff/account'
}

/** Only local paths under /staff are followed after login (no open redirect). */
export function safeNext(next: string | undefined): string | undefined {
  if (!next || !/^\/staff(\/[\w\-/]*)?(\?[\w\-=&%]*)?$/.test(next)) return undefined
  return next.startsWith('/staff/login') ? undefined : next
}
