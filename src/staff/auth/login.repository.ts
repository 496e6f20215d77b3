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

export type LoginLimits = {
  /** failures from one address that lock the account for that address */
  perAddress: number
  /** failures from all addresses together that lock the account for everyone */
  perAccount: number
  lockMs: number
}

/**
 * Reserves one sign-in attempt before the password is hashed: counted as a failure now (for the
 * account and for this address) and forgiven by recordLoginSuccess. Under the account row's lock, so
 * however many attempts arrive at once, no more than the limit are ever let through to the password
 * check. False when the account is locked, for everyone or for this address.
 */
export async function reserveLoginAttempt(
  db: Db,
  attempt: { id: string; ip: string; now: Date },
  limits: LoginLimits,
): Promise<boolean> {
  const { id, ip, now } = attempt
  const windowStart = new Date(now.getTime() - limits.lockMs)
  const lockUntil = new Date(now.getTime() + limits.lockMs)
  return db.transaction().execute(async (trx) => {
    const { rows } = await sql<{ locked_until: Date | null }>`
      select locked_until from staff_accounts where id = ${id} for update`.execute(trx)
    if (isLocked(rows[0]?.locked_until ?? null, now)) return false
    await sql`delete from staff_login_throttle where staff_id = ${id}
      and first_failure_at <= ${windowStart}::timestamptz
      and (locked_until is null or locked_until <= ${now}::timestamptz)`.execute(trx)
    const pair = await sql<{ failures: number; first_failure_at: Date; locked_until: Date | null }>`
      select failures, first_failure_at, locked_until from staff_login_throttle
      where staff_id = ${id} and ip = ${ip}`.execute(trx)
    const previous = pair.rows[0]
    if (previous && isLocked(previous.locked_until, now)) return false
    const fresh = !previous || previous.locked_until !== null
    const failures = fresh ? 1 : previous.failures + 1
    await sql`insert into staff_login_throttle (staff_id, ip, failures, first_failure_at, locked_until)
      values (${id}, ${ip}, ${failures}, ${fresh ? now : previous.first_failure_at}::timestamptz,
              ${failures >= limits.perAddress ? lockUntil : null}::timestamptz)
      on conflict (staff_id, ip) do update set failures = excluded.failures,
        first_failure_at = excluded.first_failure_at, locked_until = excluded.locked_until`.execute(
      trx,
    )
    await recordLoginFailure(trx, id, now, limits.perAccount, lockUntil)
    return true
  })
}

const isLocked = (until: Date | null, now: Date) => until !== null && until > now

/**
 * The reserved attempt succeeded: the counts start again and, with TOTP, the code's time step is
 * recorded only if it is newer than the last one used. False when another request used this step
 * (or a later one) first — a replayed code, refused like a wrong one.
 */
export async function recordLoginSuccess(
  db: Db,
  attempt: { id: string; ip: string; now: Date },
  totpStep: number | null,
): Promise<boolean> {
  const { rows } = await sql<{ id: string }>`
    update staff_accounts set failed_logins = 0, locked_until = null,
      last_login_at = ${attempt.now}::timestamptz,
      totp_last_step = coalesce(${totpStep}::int, totp_last_step)
    where id = ${attempt.id}
      and (${totpStep}::int is null or totp_last_step is null or totp_last_step < ${totpStep}::int)
    returning id`.execute(db)
  if (rows.length === 0) return false
  await sql`delete from staff_login_throttle where staff_id = ${attempt.id} and ip = ${attempt.ip}`.execute(
    db,
  )
  return true
}
