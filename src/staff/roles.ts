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

/**
 * 三员分立 (等保 2.0 第三级, 安全管理中心: 系统管理员、安全管理员、审计管理员 separated): every
 * role belongs to one duty, and nobody holds roles of two duties. The case roles may be combined
 * with one another (a reviewer who is also a leader); `admin` and `auditor` stand alone. The same
 * rule is the staff_accounts check constraint (migration 202612031600), see
 * docs/decisions/039-separation-of-duties.md.
 */
export const ROLE_DUTY: Record<StaffRole, 'case' | 'system' | 'audit'> = {
  intake: 'case',
  reviewer: 'case',
  leader: 'case',
  admin: 'system',
  auditor: 'audit',
}

export const SEPARATION_OF_DUTIES_MESSAGE =
  '系统管理员、安全审计员与办案角色（受理、审查、审批）不能由同一人兼任（三员分立），请只选择其中一类'

/** The refusal of a role set that mixes duties, or undefined when it keeps to one. */
export function separationOfDutiesProblem(roles: readonly StaffRole[]): string | undefined {
  const duties = new Set(roles.map((r) => ROLE_DUTY[r]))
  return duties.size > 1 ? SEPARATION_OF_DUTIES_MESSAGE : undefined
}
