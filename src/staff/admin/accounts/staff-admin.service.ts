import type { AuditAction } from '../../../audit/audit-action.js'
import { insertAuditEvent } from '../../../audit/audit.repository.js'
import type { Deps } from '../../../deps.js'
import { NotFound } from '../../../errors.js'
import type { FormErrors } from '../../../http/form.js'
import { deleteStaffSessions } from '../../auth/staff-session.repository.js'
import { generatePassword, hashPassword } from '../../password.js'
import { separationOfDutiesProblem } from '../../roles.js'
import { STAFF_ROLES, type StaffRole } from '../../staff-account.table.js'
import { insertStaffAccountIfAbsent } from '../../staff-account.repository.js'
import type { NewAccount } from './staff-admin.schema.js'
import {
  clearStaffTotp,
  lockStaffAccount,
  setOneTimePassword,
  setStaffDisabled,
  setStaffLegalTitle,
  setStaffRoles,
  type AdminAccountRow,
} from './staff-admin.repository.js'

/** Who makes the change: a signed-in administrator, or the console (`npm run staff:create`). */
export type AdminActor =
  { type: 'staff'; id: string; roles: StaffRole[]; ip: string | null } | { type: 'system' }

type ServiceDeps = Pick<Deps, 'db' | 'clock'>

export type CreateResult =
  { ok: true; id: string; username: string; password: string } | { ok: false; errors: FormErrors }

/**
 * Creates an account, as NewAccountSchema parsed it, with a one-time password that the caller
 * shows once and never stores. A username already taken is the form's to show again.
 */
export async function createStaffAccount(
  deps: ServiceDeps,
  actor: AdminActor,
  account: NewAccount,
): Promise<CreateResult> {
  const { username, roles } = account
  const password = generatePassword()
  const hash = await hashPassword(password)
  const now = deps.clock.now()
  const id = await deps.db.transaction().execute(async (trx) => {
    const created = await insertStaffAccountIfAbsent(trx, {
      username,
      display_name: account.displayName,
      password_hash: hash,
      roles,
      must_change_password: true,
      created_at: now,
      updated_at: now,
    })
    if (created) await audit(trx, actor, 'staff_account.create', created, now, { username, roles })
    return created
  })
  if (!id) return { ok: false, errors: { username: `用户名“${username}”已被使用，请换一个` } }
  return { ok: true, id, username, password }
}

export type AccountChange =
  | { kind: 'disable' }
  | { kind: 'enable' }
  | { kind: 'roles'; roles: StaffRole[] }
  | { kind: 'password_reset' }
  | { kind: 'totp_reset' }
  | { kind: 'legal_title'; legalTitle: string }

/** A change as asked for, before its form is read: the roles as ticked. */
export type RequestedChange = { kind: AccountChange['kind']; roles?: readonly string[] }

/**
 * An administrator may not disable their own account or drop their own admin role, so the desk is
 * never left without anyone able to manage accounts. Asked before the form is read, like an access
 * rule; a refusal is audited and returned as the message the page shows.
 */
export async function ownAccountRefusal(
  deps: ServiceDeps,
  actor: AdminActor & { type: 'staff' },
  accountId: string,
  change: RequestedChange,
): Promise<string | undefined> {
  const refusal = selfProtection(actor, accountId, change)
  if (refusal) {
    const action = auditAction(change)
    await audit(deps.db, actor, action, accountId, deps.clock.now(), { why: refusal.why }, 'denied')
  }
  return refusal?.message
}

/**
 * One administrative change to an account, its session clean-up and its audit row in one
 * transaction; with the new one-time password after a reset.
 */
export async function changeStaffAccount(
  deps: ServiceDeps,
  actor: AdminActor & { type: 'staff' },
  accountId: string,
  change: AccountChange,
): Promise<{ password?: string }> {
  // ownAccountRefusal answers this before the form is read; getting here refused is a bug
  if (selfProtection(actor, accountId, change)) throw new Error('own account change not refused')
  const password = change.kind === 'password_reset' ? generatePassword() : undefined
  const hash = password ? await hashPassword(password) : undefined
  const now = deps.clock.now()
  return deps.db.transaction().execute(async (trx) => {
    const account = await lockStaffAccount(trx, accountId)
    if (!account) throw new NotFound('没有找到这个账号。')
    const details = await applyChange(trx, account, change, hash, now)
    await audit(trx, actor, auditAction(change), account.id, now, details)
    return password ? { password } : {}
  })
}

async function applyChange(
  trx: Deps['db'],
  account: AdminAccountRow,
  change: AccountChange,
  hash: string | undefined,
  now: Date,
): Promise<Record<string, unknown>> {
  switch (change.kind) {
    case 'disable':
      await setStaffDisabled(trx, account.id, now, now)
      return { sessionsEnded: await deleteStaffSessions(trx, account.id) }
    case 'enable':
      await setStaffDisabled(trx, account.id, null, now)
      return {}
    case 'roles': {
      const roles = STAFF_ROLES.filter((r) => change.roles.includes(r))
      await setStaffRoles(trx, account.id, roles, now)
      return { from: account.roles, to: roles }
    }
    case 'password_reset':
      await setOneTimePassword(trx, account.id, hash!, now)
      return { sessionsEnded: await deleteStaffSessions(trx, account.id) }
    case 'totp_reset':
      await clearStaffTotp(trx, account.id, now)
      return { sessionsEnded: await deleteStaffSessions(trx, account.id) }
    // 规则 第四十五条: the applicant is told the handler's 法律职务 as recorded here.
    case 'legal_title':
      await setStaffLegalTitle(trx, account.id, change.legalTitle, now)
      return { from: account.legal_title, to: change.legalTitle }
  }
}

/**
 * Refusals for one's own account. Giving oneself a second duty is refused by the roles form for
 * anyone; for one's own account it is also audited, since that is the move 三员分立 guards against.
 */
function selfProtection(
  actor: AdminActor & { type: 'staff' },
  id: string,
  change: RequestedChange,
): { message: string; why: string } | undefined {
  if (actor.id !== id) return undefined
  if (change.kind === 'disable') return { message: '不能停用自己的账号', why: 'own_account' }
  if (change.kind !== 'roles') return undefined
  const roles = change.roles ?? []
  if (!roles.includes('admin'))
    return { message: '不能取消自己的系统管理员角色，请由另一位管理员操作', why: 'own_account' }
  const known = STAFF_ROLES.filter((r) => roles.includes(r))
  const mixed = separationOfDutiesProblem(known)
  return mixed ? { message: mixed, why: 'separation_of_duties' } : undefined
}

function auditAction(change: RequestedChange): AuditAction {
  if (change.kind === 'roles') return 'staff_account.roles_change'
  if (change.kind === 'legal_title') return 'staff_account.legal_title_change'
  return `staff_account.${change.kind}`
}

function audit(
  db: Deps['db'],
  actor: AdminActor,
  action: AuditAction,
  accountId: string,
  at: Date,
  details: Record<string, unknown>,
  result: 'success' | 'denied' = 'success',
) {
  return insertAuditEvent(db, {
    actor:
      actor.type === 'staff'
        ? { type: 'staff', id: actor.id, roles: actor.roles }
        : { type: 'system' },
    ip: actor.type === 'staff' ? actor.ip : null,
    action,
    object: { type: 'staff_account', id: accountId },
    result,
    details,
    at,
  })
}
