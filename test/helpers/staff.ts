import type { App } from '../../src/app.js'
import { hashToken, newToken } from '../../src/crypto/tokens.js'
import type { Deps } from '../../src/deps.js'
import { STAFF_SESSION } from '../../src/staff/auth/login.service.js'
import { insertStaffSession } from '../../src/staff/auth/staff-session.repository.js'
import { STAFF_COOKIE } from '../../src/staff/auth/staff-session.middleware.js'
import { newTotpSecret } from '../../src/staff/auth/totp.js'
import { hashPassword } from '../../src/staff/password.js'
import type { StaffRole } from '../../src/staff/staff-account.table.js'
import { TestBrowser } from './applicant.js'

export type TestStaff = {
  id: string
  username: string
  password: string
  displayName: string
  roles: StaffRole[]
  /** base32, when the account has TOTP enrolled */
  totpSecret?: string
}

let counter = 0
/** A hash computed once per process: scrypt per account would slow every test file down. */
let sharedHash: Promise<string> | undefined
export const TEST_STAFF_PASSWORD = 'correct horse battery 42'

/** An account straight in the database, as `npm run staff:create` would make it. */
export async function createStaff(
  deps: Deps,
  options: {
    roles: StaffRole[]
    username?: string
    displayName?: string
    totp?: boolean
    mustChangePassword?: boolean
  },
): Promise<TestStaff> {
  counter += 1
  const username = options.username ?? `${options.roles.join('-') || 'none'}${counter}`
  const displayName = options.displayName ?? `测试${counter}号`
  const totpSecret = options.totp ? newTotpSecret() : undefined
  const row = await deps.db
    .insertInto('staff_accounts')
    .values({
      username,
      display_name: displayName,
      password_hash: await (sharedHash ??= hashPassword(TEST_STAFF_PASSWORD)),
      roles: options.roles,
      must_change_password: options.mustChangePassword ?? false,
      ...(totpSecret
        ? {
            totp_secret_encrypted: deps.fieldCrypto.encrypt(totpSecret).toString('base64'),
            totp_enabled_at: deps.clock.now(),
          }
        : {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return {
    id: row.id,
    username,
    password: TEST_STAFF_PASSWORD,
    displayName,
    roles: options.roles,
    ...(totpSecret ? { totpSecret } : {}),
  }
}

/** A browser already signed in as this account (a session row made directly, no login form). */
export async function staffBrowser(app: App, deps: Deps, staff: TestStaff): Promise<TestBrowser> {
  const token = newToken()
  const now = deps.clock.now()
  await insertStaffSession(deps.db, {
    tokenHash: hashToken(token),
    staffId: staff.id,
    now,
    expiresAt: new Date(now.getTime() + STAFF_SESSION.absoluteMs),
  })
  const browser = new TestBrowser(app)
  browser.cookies.set(STAFF_COOKIE, token)
  return browser
}

/** Shortcut: a new account with these roles, signed in. */
export async function signedInStaff(
  app: App,
  deps: Deps,
  roles: StaffRole[],
): Promise<{ staff: TestStaff; browser: TestBrowser }> {
  const staff = await createStaff(deps, { roles })
  return { staff, browser: await staffBrowser(app, deps, staff) }
}
