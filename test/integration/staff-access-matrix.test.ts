import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mayAccess, type StaffRouteDef } from '../../src/staff/staff-access.js'
import type { StaffRole } from '../../src/staff/staff-account.table.js'
import { STAFF_ROUTE_TABLE } from '../../src/staff/staff-route-table.js'
import { submitApplication, TestBrowser } from '../helpers/applicant.js'
import { fileTestRecusal, issueTestDocument } from '../helpers/case-fixtures.js'
import { createStaff, staffBrowser } from '../helpers/staff.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { pdfBytes, pngBytes } from '../helpers/upload-fixtures.js'

/**
 * docs/product.md §14: every staff route × every role (and no session) is either allowed or refused, as the
 * one route table says. A route the app serves under /staff but the table lacks fails the run.
 */
let t: TestApp
const samples: Record<string, string> = {}
beforeAll(async () => {
  t = await createTestApp()
  await submitApplication(t.app, { pdf: await pdfBytes(), png: pngBytes() })
  const app = await t.db.db.selectFrom('applications').select('id').executeTakeFirstOrThrow()
  samples.id = app.id
  const material = await t.db.db
    .selectFrom('application_materials')
    .select('id')
    .where('application_id', '=', app.id)
    .executeTakeFirstOrThrow()
  samples.materialId = material.id
  samples.documentId = await issueTestDocument(t, app.id)
  samples.recusalId = await fileTestRecusal(t, app.id)
  samples.accountId = (await createStaff(t.deps, { roles: ['intake'] })).id
})
afterAll(() => t.close())

const ROLE_SETS: { name: string; roles: StaffRole[] | null }[] = [
  { name: 'no session', roles: null },
  { name: 'intake', roles: ['intake'] },
  { name: 'reviewer', roles: ['reviewer'] },
  { name: 'leader', roles: ['leader'] },
  { name: 'admin', roles: ['admin'] },
  { name: 'auditor', roles: ['auditor'] },
]

function concretePath(def: StaffRouteDef): string {
  return def.path.replace(/:(\w+)/g, (_, name: string) => {
    const value = samples[name]
    if (!value) throw new Error(`no sample value for :${name} in ${def.path}; add one above`)
    return value
  })
}

async function browserFor(roles: StaffRole[] | null): Promise<TestBrowser> {
  if (!roles) return new TestBrowser(t.app)
  return staffBrowser(t.app, t.deps, await createStaff(t.deps, { roles }))
}

/** 403, or the sign-in page (`?next=` for a GET); logout's own `?out=1` redirect is not a refusal. */
const refusedOutcome = (res: Response) => {
  const location = res.headers.get('location') ?? ''
  return (
    res.status === 403 ||
    (res.status === 303 &&
      (location === '/staff/login' || location.startsWith('/staff/login?next=')))
  )
}

describe('the staff route table', () => {
  it('lists every /staff route the app serves, and nothing it does not', () => {
    const served = new Set(
      t.app.routes
        .filter((r) => r.path.startsWith('/staff') && (r.method === 'GET' || r.method === 'POST'))
        .map((r) => `${r.method} ${r.path}`),
    )
    const listed = new Set(STAFF_ROUTE_TABLE.map((d) => `${d.method} ${d.path}`))
    expect([...served].filter((x) => !listed.has(x))).toEqual([])
    expect([...listed].filter((x) => !served.has(x))).toEqual([])
  })
})

describe.each(ROLE_SETS)('as $name', ({ roles }) => {
  it.each(STAFF_ROUTE_TABLE.map((def) => ({ ...def, label: `${def.method} ${def.path}` })))(
    '$label',
    async (def) => {
      const browser = await browserFor(roles)
      const path = concretePath(def)
      const res = def.method === 'GET' ? await browser.get(path) : await browser.post(path, {})
      const allowed = def.access === 'public' || (roles !== null && mayAccess(roles, def.access))
      if (allowed) {
        expect(refusedOutcome(res), `${def.method} ${path} → ${res.status}`).toBe(false)
        expect(res.status).toBeLessThan(500)
      } else {
        expect(refusedOutcome(res), `${def.method} ${path} → ${res.status}`).toBe(true)
      }
    },
  )
})
