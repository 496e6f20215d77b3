import type { StaffRole } from '../../staff/staff-account.table.js'
import { CASE_ROLES } from '../../staff/staff-access.js'

/**
 * Who works the collaboration ledger (docs/decisions/055-collaboration-meetings.md): reviewers and
 * leaders record and change; intake may read; admin and auditor see no case data (三员分立).
 */
export const COLLAB_WRITE: readonly StaffRole[] = ['reviewer', 'leader']
export const COLLAB_READ: readonly StaffRole[] = CASE_ROLES

export function mayWriteCollab(roles: readonly StaffRole[]): boolean {
  return roles.some((r) => COLLAB_WRITE.includes(r))
}
