import type { Db } from '../../db/database.js'

export async function findPasswordCheck(
  db: Db,
  id: string,
): Promise<{ password_hash: string; locked_until: Date | null } | undefined> {
  return db
    .selectFrom('staff_accounts')
    .select(['password_hash', 'locked_until'])
    .where('id', '=', id)
    .executeTakeFirst()
}

export async function setPassword(db: Db, id: string, hash: string, now: Date): Promise<void> {
  await db
    .updateTable('staff_accounts')
    .set({
      password_hash: hash,
      must_change_password: false,
      failed_logins: 0,
      password_changed_at: now,
      updated_at: now,
    })
    .where('id', '=', id)
    .execute()
}

export async function setTotpPending(db: Db, id: string, sealed: string): Promise<void> {
  await db
    .updateTable('staff_accounts')
    .set({ totp_pending_encrypted: sealed })
    .where('id', '=', id)
    .execute()
}

export async function findTotpPending(db: Db, id: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('staff_accounts')
    .select('totp_pending_encrypted')
    .where('id', '=', id)
    .executeTakeFirst()
  return row?.totp_pending_encrypted ?? undefined
}

export async function enableTotp(
  db: Db,
  id: string,
  sealed: string,
  step: number,
  now: Date,
): Promise<void> {
  await db
    .updateTable('staff_accounts')
    .set({
      totp_secret_encrypted: sealed,
      totp_pending_encrypted: null,
      totp_enabled_at: now,
      totp_last_step: step,
      updated_at: now,
    })
    .where('id', '=', id)
    .execute()
}

export async function findEmail(db: Db, id: string): Promise<string | null> {
  const row = await db
    .selectFrom('staff_accounts')
    .select('email')
    .where('id', '=', id)
    .executeTakeFirst()
  return row?.email ?? null
}

export async function setEmail(db: Db, id: string, email: string | null, now: Date): Promise<void> {
  await db
    .updateTable('staff_accounts')
    .set({ email, updated_at: now })
    .where('id', '=', id)
    .execute()
}

/** What proves it is the person before their authenticator is replaced. */
export async function findReauthCheck(
  db: Db,
  id: string,
): Promise<
  | {
      password_hash: string
      locked_until: Date | null
      totp_secret_encrypted: string | null
      totp_last_step: number | null
    }
  | undefined
> {
  return db
    .selectFrom('staff_accounts')
    .select(['password_hash', 'locked_until', 'totp_secret_encrypted', 'totp_last_step'])
    .where('id', '=', id)
    .executeTakeFirst()
}
