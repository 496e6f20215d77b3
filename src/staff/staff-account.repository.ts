import type { Db } from '../db/database.js'
import type { NewStaffAccountRow } from './staff-account.table.js'

export async function countStaffAccounts(db: Db): Promise<number> {
  const row = await db
    .selectFrom('staff_accounts')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/** Inserts unless the username is taken; returns the new id, or undefined when it already existed. */
export async function insertStaffAccountIfAbsent(
  db: Db,
  account: NewStaffAccountRow,
): Promise<string | undefined> {
  const row = await db
    .insertInto('staff_accounts')
    .values(account)
    .onConflict((oc) => oc.column('username').doNothing())
    .returning('id')
    .executeTakeFirst()
  return row?.id
}

export async function findStaffPasswordHash(
  db: Db,
  username: string,
): Promise<{ id: string; password_hash: string; must_change_password: boolean } | undefined> {
  return db
    .selectFrom('staff_accounts')
    .select(['id', 'password_hash', 'must_change_password'])
    .where('username', '=', username)
    .executeTakeFirst()
}
