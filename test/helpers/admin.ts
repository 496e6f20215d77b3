import type { TestBrowser } from './applicant.js'
import { signedInStaff, type TestStaff } from './staff.js'
import type { TestApp } from './test-app.js'

/** A new administrator account, signed in: where the tests of the /staff/admin pages start. */
export function adminSession(t: TestApp): Promise<{ staff: TestStaff; browser: TestBrowser }> {
  return signedInStaff(t.app, t.deps, ['admin'])
}
