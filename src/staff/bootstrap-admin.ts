import type { Db } from '../db/database.js'
import { generatePassword, hashPassword } from './password.js'
import { countStaffAccounts, insertStaffAccountIfAbsent } from './staff-account.repository.js'

export type BootstrapResult =
  { created: false } | { created: true; username: string; password: string }

/**
 * On an empty database, creates the `admin` account with a random password that the caller prints
 * once. No default password exists anywhere; the password must be changed at first login. Two
 * processes starting together are safe: only the one whose insert wins reports a password.
 */
export async function bootstrapAdmin(db: Db): Promise<BootstrapResult> {
  if ((await countStaffAccounts(db)) > 0) return { created: false }
  const password = generatePassword()
  const id = await insertStaffAccountIfAbsent(db, {
    username: 'admin',
    display_name: '系统管理员',
    password_hash: await hashPassword(password),
    roles: ['admin'],
    must_change_password: true,
  })
  return id ? { created: true, username: 'admin', password } : { created: false }
}
