import { sql } from 'kysely'
import type { Db } from '../../db/database.js'

export type LoginAccount = {
  id: string
  username: string
  password_hash: string
  roles: string[]
  disabled_at: Date | null
  locked_until: Date | null
  totp_secret_encrypted: string | null
  totp_enabled_at: Date | null
  totp_last_step: number | null
}

export async function findLoginAccount(
  db: Db,
  username: string,
): Promise<LoginAccount | undefined> {
  return db
    .selectFrom('staff_accounts')
    .select([
      'id',
      'username',
      'password_hash',
      'roles',
      'disabled_at',
      'locked_until',
      'totp_secret_encrypted',
      'totp_enabled_at',
      'totp_last_step',
    ])
    .where('username', '=', username)
    .executeTakeFirst()
}

/**
 * Counts one failed login in one statement, so concurrent attempts cannot lose a count. A lock that
 * has run out starts the count again; the `lockAt`-th failure sets a new lock.
 */
export async function recordLoginFailure(
  db: Db,
  id: string,
  now: Date,
  lockAt: number,
  lockUntil: Date,
): Promise<{ failures: number; lockedUntil: Date | null }> {
  const { rows } = await sql<{ failed_logins: number; locked_until: Date | null }>`
    update staff_accounts set
      failed_logins = case when locked_until is not null and locked_until <= ${now}::timestamptz
                           then 1 else failed_logins + 1 end,
      locked_until = case
        when (case when locked_until is not null and locked_until <= ${now}::timestamptz
                   then 1 else failed_logins + 1 end) >= ${lockAt}::int
          then ${lockUntil}::timestamptz
        when locked_until is not null and locked_until <= ${now}::timestamptz then null
        else locked_until end
    where id = ${id}
    returning failed_logins, locked_until`.execute(db)
  const row = rows[0]!
  return { failures: row.failed_logins, lockedUntil: row.locked_until }
}

export async function recordLoginSuccess(
  db: Db,
  id: string,
  now: Date,
  totpStep: number | null,
): Promise<void> {
  await db
    .updateTable('staff_accounts')
    .set({
      failed_logins: 0,
      locked_until: null,
      last_login_at: now,
      ...(totpStep !== null ? { totp_last_step: totpStep } : {}),
    })
    .where('id', '=', id)
    .execute()
}
