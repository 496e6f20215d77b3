import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { insertAuditEvent } from '../../src/audit/audit.repository.js'
import type { TestBrowser } from '../helpers/applicant.js'
import { signedInStaff } from '../helpers/staff.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'

/**
 * Issue 12 F16: whoever can bypass the append-only trigger (the table owner, a superuser) can still
 * change a row; the hash chain makes it show on the auditor's page.
 */

let t: TestApp
let auditor: TestBrowser
beforeEach(async () => {
  t = await createTestApp()
  ;({ browser: auditor } = await signedInStaff(t.app, t.deps, ['auditor']))
  for (let i = 0; i < 3; i++) {
    await insertAuditEvent(t.deps.db, {
      actor: { type: 'system' },
      action: 'maintenance.run' as never,
      object: { type: 'test', id: String(i) },
      result: 'success',
      details: { n: i },
    })
  }
})
afterEach(() => t.close())

const chainText = async () => {
  const html = await (await auditor.get('/staff/audit')).text()
  return /data-testid="audit-chain"><p>([^<]*)</.exec(html)?.[1] ?? ''
}

/** What the review did as the application's own role: the trigger switched off around a change. */
async function asOwner(statement: string): Promise<void> {
  await t.db.db.transaction().execute(async (trx) => {
    await sql`alter table audit_events disable trigger audit_events_no_update_or_delete`.execute(
      trx,
    )
    await sql.raw(statement).execute(trx)
    await sql`alter table audit_events enable trigger audit_events_no_update_or_delete`.execute(trx)
  })
}

const ids = async () =>
  (
    await t.db.db
      .selectFrom('audit_events')
      .select('id')
      .where('object_type', '=', 'test')
      .orderBy('id')
      .execute()
  ).map((r) => r.id)

describe('the audit hash chain', () => {
  it('links every new row and reports the chain intact on the auditor page', async () => {
    const rows = await sql<{ prev_hash: string; row_hash: string }>`
      select prev_hash, row_hash from audit_events order by id`.execute(t.db.db)
    expect(rows.rows.length).toBeGreaterThanOrEqual(3)
    for (let i = 1; i < rows.rows.length; i++)
      expect(rows.rows[i]!.prev_hash).toBe(rows.rows[i - 1]!.row_hash)
    expect(await chainText()).toMatch(
      /^完整性核验：已核验 \d+ 条带哈希链的记录，未发现修改或删除。$/,
    )
  })

  it('shows a row edited behind the trigger, naming it', async () => {
    const [, middle] = await ids()
    await asOwner(`update audit_events set details = '{"n": 99}' where id = ${middle}`)
    expect(await chainText()).toContain(`完整性核验未通过：编号 ${middle} 的记录起哈希链不符`)
  })

  it('shows a row deleted from the middle, and one cut off the end', async () => {
    const [, middle] = await ids()
    await asOwner(`delete from audit_events where id = ${middle}`)
    expect(await chainText()).toContain('完整性核验未通过：编号')

    const t2 = t
    t = await createTestApp()
    await t2.close()
    ;({ browser: auditor } = await signedInStaff(t.app, t.deps, ['auditor']))
    await auditor.get('/staff/audit')
    const last = await sql<{ id: string }>`select max(id)::text as id from audit_events`.execute(
      t.db.db,
    )
    await asOwner(`delete from audit_events where id = ${last.rows[0]!.id}`)
    expect(await chainText()).toContain('末尾的记录可能已被删除')
  })
})
