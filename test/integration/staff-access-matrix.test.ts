import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RolesSchema } from '../../src/staff/admin/accounts/staff-admin.schema.js'
import { ROLE_DUTY, SEPARATION_OF_DUTIES_MESSAGE } from '../../src/staff/roles.js'
import { mayAccess, type StaffRouteDef } from '../../src/staff/staff-access.js'
import { STAFF_ROLES, type StaffRole } from '../../src/staff/staff-account.table.js'
import { STAFF_ROUTE_TABLE } from '../../src/staff/staff-route-table.js'
import { submitApplication, TestBrowser } from '../helpers/applicant.js'
import { fileTestRecusal, issueTestDocument } from '../helpers/case-fixtures.js'
import { createStaff, staffBrowser } from '../helpers/staff.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { pdfBytes, pngBytes } from '../helpers/upload-fixtures.js'
import { importedSamples } from '../helpers/exchange-import-fixtures.js'

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
  // a 跟进监督 step of the register (none exists: the route answers 404 to those it lets in)
  samples.step = '00000000-0000-4000-8000-000000000000'
  // an evidence file of 整改落实 (likewise none)
  samples.file = '00000000-0000-4000-8000-000000000000'
  // a 交办 case (none exists: its pages answer 404 to those they let in)
  samples.handedDownId = '00000000-0000-4000-8000-000000000000'
  samples.format = 'csv'
  // a reference list and a 说明案件执行情况通知书 (none exists: 404 to those let in)
  samples.listId = '00000000-0000-4000-8000-000000000000'
  samples.inquiryId = '00000000-0000-4000-8000-000000000000'
  Object.assign(samples, await importedSamples(t))
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

/**
 * 三员分立 (docs/decisions/039-separation-of-duties.md): every route open to named roles opens to
 * one duty only, and no account can hold roles of two duties — neither through the roles form nor
 * in the database.
 */
describe('separation of duties', () => {
  it.each(
    STAFF_ROUTE_TABLE.filter((d) => Array.isArray(d.access)).map((d) => ({
      ...d,
      label: `${d.method} ${d.path}`,
    })),
  )(
    '$label opens to one duty, or says why (figures only) and keeps the administrator out',
    (def) => {
      const roles = def.access as readonly StaffRole[]
      const duties = new Set(roles.map((r) => ROLE_DUTY[r]))
      if (def.acrossDuties) {
        expect(def.acrossDuties.length).toBeGreaterThan(10)
        expect(roles).not.toContain('admin')
      } else {
        expect(duties.size).toBe(1)
      }
    },
  )

  const pairs = STAFF_ROLES.flatMap((a, i) => STAFF_ROLES.slice(i + 1).map((b) => [a, b] as const))
  it.each(pairs)('%s with %s: allowed only within one duty', async (a, b) => {
    const sameDuty = ROLE_DUTY[a] === ROLE_DUTY[b]
    const parsed = RolesSchema.safeParse({ roles: [a, b] })
    expect(parsed.success).toBe(sameDuty)
    if (!parsed.success) expect(parsed.error.issues[0]!.message).toBe(SEPARATION_OF_DUTIES_MESSAGE)
    const stored = await createStaff(t.deps, { roles: [a, b] }).then(
      () => 'stored',
      (e: { code?: string }) => e.code,
    )
    expect(stored).toBe(sameDuty ? 'stored' : '23514')
  })
})
