import { insertAuditEvent } from '../../../audit/audit.repository.js'
import type { Deps } from '../../../deps.js'
import type { FormErrors } from '../../../http/form.js'
import { deleteStaffSessions } from '../../auth/staff-session.repository.js'
import { generatePassword, hashPassword } from '../../password.js'
import { STAFF_ROLES, type StaffRole } from '../../staff-account.table.js'
import { insertStaffAccountIfAbsent } from '../../staff-account.repository.js'
import {
  clearStaffTotp,
  lockStaffAccount,
  setOneTimePassword,
  setStaffDisabled,
  setStaffRoles,
  type AdminAccountRow,
} from './staff-admin.repository.js'

/** Who makes the change: a signed-in administrator, or the console (`npm run staff:create`). */
export type AdminActor =
  { type: 'staff'; id: string; roles: StaffRole[]; ip: string | null } | { type: 'system' }

type ServiceDeps = Pick<Deps, 'db' | 'clock'>

export type NewAccountInput = { username: string; displayName: string; roles: string[] }

/** Same rule as the staff_accounts check constraint (and the login form). */
const USERNAME = /^[a-z][a-z0-9._-]{1,31}$/

export function newAccountProblems(input: NewAccountInput): FormErrors {
  const errors: FormErrors = {}
  const username = input.username.trim().toLowerCase()
  if (!username) errors.username = '请填写用户名'
  else if (!USERNAME.test(username))
    errors.username =
      '用户名须以英文字母开头，只能包含小写字母、数字、点、下划线或连字符，长度 2 至 32 个字符'
  const name = input.displayName.trim()
  if (!name) errors.displayName = '请填写姓名'
  else if ([...name].length > 50) errors.displayName = '姓名不能超过 50 个字'
  const roleError = rolesProblem(input.roles)
  if (roleError) errors.roles = roleError
  return errors
}

export function rolesProblem(roles: string[]): string | undefined {
  if (roles.length === 0) return '请至少选择一个角色'
  if (roles.some((r) => !(STAFF_ROLES as readonly string[]).includes(r)))
    return '角色不正确，请从列表中选择'
  return undefined
}

export type CreateResult =
  { ok: true; id: string; username: string; password: string } | { ok: false; errors: FormErrors }

/** Creates an account with a one-time password that the caller shows once and never stores. */
export async function createStaffAccount(
  deps: ServiceDeps,
  actor: AdminActor,
  input: NewAccountInput,
): Promise<CreateResult> {
  const errors = newAccountProblems(input)
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  const username = input.username.trim().toLowerCase()
  const roles = [...new Set(input.roles)] as StaffRole[]
  const password = generatePassword()
  const hash = await hashPassword(password)
  const now = deps.clock.now()
  const id = await deps.db.transaction().execute(async (trx) => {
    const created = await insertStaffAccountIfAbsent(trx, {
      username,
      display_name: input.displayName.trim(),
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
  | { kind: 'roles'; roles: string[] }
  | { kind: 'password_reset' }
  | { kind: 'totp_reset' }

export type ChangeResult =
  { ok: true; password?: string } | { ok: false; error: string } | { ok: false; notFound: true }

/**
 * One administrative change to an account, its session clean-up and its audit row in one
 * transaction. An administrator may not disable their own account or drop their own admin role,
 * so the desk is never left without anyone able to manage accounts.
 */
export async function changeStaffAccount(
  deps: ServiceDeps,
  actor: AdminActor & { type: 'staff' },
  accountId: string,
  change: AccountChange,
): Promise<ChangeResult> {
  const refusal = selfProtection(actor, accountId, change)
  if (refusal) {
    const action = `staff_account.${auditName(change)}`
    await audit(
      deps.db,
      actor,
      action,
      accountId,
      deps.clock.now(),
      { why: 'own_account' },
      'denied',
    )
    return { ok: false, error: refusal }
  }
  if (change.kind === 'roles') {
    const problem = rolesProblem(change.roles)
    if (problem) return { ok: false, error: problem }
  }
  const password = change.kind === 'password_reset' ? generatePassword() : undefined
  const hash = password ? await hashPassword(password) : undefined
  const now = deps.clock.now()
  return deps.db.transaction().execute(async (trx): Promise<ChangeResult> => {
    const account = await lockStaffAccount(trx, accountId)
    if (!account) return { ok: false, notFound: true }
    const details = await applyChange(trx, account, change, hash, now)
    await audit(trx, actor, `staff_account.${auditName(change)}`, account.id, now, details)
    return password ? { ok: true, password } : { ok: true }
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
  }
}

function selfProtection(actor: AdminActor & { type: 'staff' }, id: string, change: AccountChange) {
  if (actor.id !== id) return undefined
  if (change.kind === 'disable') return '不能停用自己的账号'
  if (change.kind === 'roles' && !change.roles.includes('admin'))
    return '不能取消自己的系统管理员角色，请由另一位管理员操作'
  return undefined
}

function auditName(change: AccountChange): string {
  return change.kind === 'roles' ? 'roles_change' : change.kind
}

function audit(
  db: Deps['db'],
  actor: AdminActor,
  action: string,
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
