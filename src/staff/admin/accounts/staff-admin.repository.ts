import type { Db } from '../../../db/database.js'
import type { StaffRole } from '../../staff-account.table.js'

export type AdminAccountRow = {
  id: string
  username: string
  display_name: string
  legal_title: string
  roles: StaffRole[]
  disabled_at: Date | null
  locked_until: Date | null
  totp_enabled_at: Date | null
  must_change_password: boolean
  last_login_at: Date | null
}

const COLUMNS = [
  'id',
  'username',
  'display_name',
  'legal_title',
  'roles',
  'disabled_at',
  'locked_until',
  'totp_enabled_at',
  'must_change_password',
  'last_login_at',
] as const

export async function listStaffAccounts(db: Db): Promise<AdminAccountRow[]> {
  return db.selectFrom('staff_accounts').select(COLUMNS).orderBy('username').execute()
}

export async function findStaffAccount(db: Db, id: string): Promise<AdminAccountRow | undefined> {
  return db.selectFrom('staff_accounts').select(COLUMNS).where('id', '=', id).executeTakeFirst()
}

/** The row locked for the change, so two administrators cannot interleave on one account. */
export async function lockStaffAccount(db: Db, id: string): Promise<AdminAccountRow | undefined> {
  return db
    .selectFrom('staff_accounts')
    .select(COLUMNS)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst()
}

export async function setStaffDisabled(db: Db, id: string, at: Date | null, now: Date) {
  await db
    .updateTable('staff_accounts')
    .set({ disabled_at: at, updated_at: now })
    .where('id', '=', id)
    .execute()
}

/** 规则 第四十五条: the 法律职务 the applicant is told with the handler's name. */
export async function setStaffLegalTitle(db: Db, id: string, legalTitle: string, now: Date) {
  await db
    .updateTable('staff_accounts')
    .set({ legal_title: legalTitle, updated_at: now })
    .where('id', '=', id)
    .execute()
}

export async function setStaffRoles(db: Db, id: string, roles: StaffRole[], now: Date) {
  await db
    .updateTable('staff_accounts')
    .set({ roles, updated_at: now })
    .where('id', '=', id)
    .execute()
}

/** A one-time password: must be changed at next login; a lock from failed logins is lifted. */
export async function setOneTimePassword(db: Db, id: string, hash: string, now: Date) {
  await db
    .updateTable('staff_accounts')
    .set({
      password_hash: hash,
      must_change_password: true,
      failed_logins: 0,
      locked_until: null,
      updated_at: now,
    })
    .where('id', '=', id)
    .execute()
}

export async function clearStaffTotp(db: Db, id: string, now: Date) {
  await db
    .updateTable('staff_accounts')
    .set({
      totp_secret_encrypted: null,
      totp_enabled_at: null,
      totp_pending_encrypted: null,
      totp_last_step: null,
      updated_at: now,
    })
    .where('id', '=', id)
    .execute()
}
