import type { Db } from '../../db/database.js'
import type { StaffRole } from '../staff-account.table.js'

export type SessionStaff = {
  id: string
  username: string
  displayName: string
  roles: StaffRole[]
  mustChangePassword: boolean
  totpEnabled: boolean
}

export async function insertStaffSession(
  db: Db,
  row: { tokenHash: string; staffId: string; now: Date; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('staff_sessions')
    .values({
      token_hash: row.tokenHash,
      staff_id: row.staffId,
      created_at: row.now,
      last_seen_at: row.now,
      expires_at: row.expiresAt,
    })
    .execute()
}

/**
 * The signed-in staff member of a live session: used after `idleSince`, before its absolute
 * expiry, on an account that is still enabled. Last use is written at most once a minute.
 */
export async function findLiveSession(
  db: Db,
  tokenHash: string,
  idleSince: Date,
  now: Date,
): Promise<SessionStaff | undefined> {
  const row = await db
    .selectFrom('staff_sessions as s')
    .innerJoin('staff_accounts as a', 'a.id', 's.staff_id')
    .select([
      'a.id',
      'a.username',
      'a.display_name',
      'a.roles',
      'a.must_change_password',
      'a.totp_enabled_at',
      's.last_seen_at',
    ])
    .where('s.token_hash', '=', tokenHash)
    .where('s.last_seen_at', '>', idleSince)
    .where('s.expires_at', '>', now)
    .where('a.disabled_at', 'is', null)
    .executeTakeFirst()
  if (!row) return undefined
  if (now.getTime() - row.last_seen_at.getTime() > 60_000) {
    await db
      .updateTable('staff_sessions')
      .set({ last_seen_at: now })
      .where('token_hash', '=', tokenHash)
      .execute()
  }
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    roles: row.roles,
    mustChangePassword: row.must_change_password,
    totpEnabled: row.totp_enabled_at !== null,
  }
}

export async function deleteStaffSession(db: Db, tokenHash: string): Promise<void> {
  await db.deleteFrom('staff_sessions').where('token_hash', '=', tokenHash).execute()
}

/** 退出所有设备: every session of the account, optionally keeping the current one. */
export async function deleteStaffSessions(db: Db, staffId: string, keep?: string): Promise<number> {
  let q = db.deleteFrom('staff_sessions').where('staff_id', '=', staffId)
  if (keep) q = q.where('token_hash', '!=', keep)
  const result = await q.executeTakeFirst()
  return Number(result.numDeletedRows)
}
