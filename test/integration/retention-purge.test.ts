import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkAuditChain } from '../../src/audit/audit-chain.repository.js'
import { runDailyPurge } from '../../src/retention/purge-job.js'
import type { FileStore } from '../../src/uploads/file-store.js'
import { changeStage } from '../../src/workflow/stage-change.service.js'
import { applicationIdOf, submitApplication, type TestBrowser } from '../helpers/applicant.js'
import { reviewCase } from '../helpers/review-case.js'
import { createStaff, staffBrowser, type TestStaff } from '../helpers/staff.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { pdfBytes, pngBytes } from '../helpers/upload-fixtures.js'

/**
 * Issue 18 item 4 (legal review D22): the daily purge removes the personal data and files of
 * applications whose retention period has ended, skips those under a leader's legal hold, leaves
 * the statistics as they were, records counts in the audit log, and never leaves a case half done.
 */
let t: TestApp
let leader: TestBrowser
let reviewer: TestBrowser
let leaderAccount: TestStaff
const DAY = 24 * 3600_000

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-11-26T02:00:00Z') })
  leaderAccount = await createStaff(t.deps, { roles: ['leader'] })
  leader = await staffBrowser(t.app, t.deps, leaderAccount)
  reviewer = await staffBrowser(t.app, t.deps, await createStaff(t.deps, { roles: ['reviewer'] }))
})

/** Months pass: the staff sessions of the test have long expired, so the leader signs in again. */
async function advance(ms: number) {
  t.clock.advance(ms)
  leader = await staffBrowser(t.app, t.deps, leaderAccount)
}
afterAll(() => t.close())

async function withdrawnApplication(): Promise<string> {
  const code = await submitApplication(t.app, { pdf: await pdfBytes(), png: pngBytes() })
  const id = await applicationIdOf(t.db.db, code)
  await changeStage(t.deps, {
    applicationId: id,
    action: 'withdraw',
    actor: { type: 'applicant', id, roles: ['applicant'] },
  })
  return id
}

const filesOf = async (id: string) =>
  (
    await t.db.db
      .selectFrom('application_materials')
      .select('file_id')
      .where('application_id', '=', id)
      .unionAll(
        t.db.db.selectFrom('issued_documents').select('file_id').where('application_id', '=', id),
      )
      .execute()
  ).map((r) => r.file_id)

const applicant = (id: string) =>
  t.db.db
    .selectFrom('applications')
    .select(['applicant_name', 'id_number_encrypted', 'email', 'purged_at', 'stage'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow()

async function statsPage(): Promise<string> {
  const response = await leader.get('/staff/stats?period=year&year=2026')
  expect(response.status).toBe(200)
  const html = (await response.text()).replace(/name="_csrf" value="[^"]*"/g, '')
  expect(html).toContain('受理前撤回')
  return html
}

const nextDay = () => t.clock.advance(DAY)

describe('the daily retention purge', () => {
  let purged: string
  let held: string
  let open: string

  it('lets a leader, and no one else, put a case on legal hold', async () => {
    purged = await withdrawnApplication()
    held = await withdrawnApplication()
    const code = await submitApplication(t.app, { pdf: await pdfBytes(), png: pngBytes() })
    open = await applicationIdOf(t.db.db, code)
    const cases = reviewCase(t)
    const casePage = async (who: TestBrowser, id: string) =>
      (await who.get(`/staff/applications/${id}`)).text()
    // the case page's 保留 section: a leader gets the one link that applies, a reviewer none
    const unheld = await casePage(leader, held)
    expect(unheld).toContain(`/staff/applications/${held}/actions/set_legal_hold`)
    expect(unheld).not.toContain('actions/lift_legal_hold')
    expect(await casePage(reviewer, held)).not.toContain('actions/set_legal_hold')
    const refused = await cases.act(reviewer, held, 'set_legal_hold', { reason: '申请人已起诉' })
    expect(refused.status).toBe(403)
    const empty = await cases.act(leader, held, 'set_legal_hold', { reason: '' })
    expect(empty.status).toBe(422)
    expect(await empty.text()).toContain('请填写保留的理由')
    const set = await cases.act(leader, held, 'set_legal_hold', {
      reason: '申请人已就本案提起行政诉讼',
    })
    expect(set.status).toBe(303)
    expect(await cases.auditActions(held)).toContain('application.legal_hold_set')
    const heldPage = await casePage(reviewer, held)
    expect(heldPage).toMatch(/data-testid="legal-hold">[^<]*设置保留[^<]*申请人已就本案提起行政诉讼/)
    expect(heldPage).not.toContain('actions/lift_legal_hold')
    expect(await casePage(leader, held)).toContain('actions/lift_legal_hold')
    const again = await cases.act(leader, held, 'set_legal_hold', { reason: '重复设置保留' })
    expect(again.status).toBe(409)
  })

  it('purges what is due, skips the hold, deletes the files and keeps the statistics', async () => {
    const files = await filesOf(purged)
    expect(files.length).toBeGreaterThan(0)
    await advance(7 * 30 * DAY) // withdrawn: 6 months by default
    const before = await statsPage()
    const result = await runDailyPurge(t.deps)
    expect(result.ran).toBe(true)
    expect(result.counts.withdrawn).toBe(1)
    expect(result.counts.files).toBe(files.length)

    const row = await applicant(purged)
    expect(row.applicant_name).toBe('（已清除）')
    expect(row.email).toBeNull()
    expect(row.purged_at).not.toBeNull()
    expect(() => t.deps.fieldCrypto.decrypt(row.id_number_encrypted)).toThrow()
    for (const f of files) expect(await t.deps.fileStore.stat(f)).toBeUndefined()
    expect((await applicant(held)).purged_at).toBeNull()
    for (const f of await filesOf(held)) expect(await t.deps.fileStore.stat(f)).toBeDefined()
    expect((await applicant(open)).purged_at).toBeNull()

    expect(await statsPage()).toBe(before)
    const material = await t.db.db
      .selectFrom('application_materials')
      .select('id')
      .where('application_id', '=', purged)
      .executeTakeFirstOrThrow()
    const gone = await leader.get(`/staff/applications/${purged}/materials/${material.id}/download`)
    expect(gone.status).toBe(404)
    expect(await gone.text()).toContain('个人信息和材料已按规定清除')
    const audit = await t.db.db
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('action', 'in', ['application.purge', 'retention.purge'])
      .execute()
    expect(audit.map((a) => a.action).sort()).toEqual(['application.purge', 'retention.purge'])
    expect(JSON.stringify(audit)).not.toMatch(/张|1[3-9]\d{9}|\d{17}[\dX]/)
    expect((await checkAuditChain(t.db.db)).firstBrokenId).toBeNull()
    expect(await runDailyPurge(t.deps)).toEqual({ ran: false, counts: {} })
  })

  it('purges the held case the day after the hold is lifted', async () => {
    const cases = reviewCase(t)
    const lifted = await cases.act(leader, held, 'lift_legal_hold', { reason: '行政诉讼已终结' })
    expect(lifted.status).toBe(303)
    expect(await cases.auditActions(held)).toContain('application.legal_hold_lift')
    nextDay()
    expect((await runDailyPurge(t.deps)).counts.withdrawn).toBe(1)
    expect((await applicant(held)).applicant_name).toBe('（已清除）')
  })

  it('leaves nothing half done when a case fails mid-purge, and no orphan after a crash', async () => {
    const failing = await withdrawnApplication()
    const crashing = await withdrawnApplication()
    await advance(7 * 30 * DAY)
    // a fault in the middle of the first case's transaction: its rows stay as they were
    await sql`create function fail_purge() returns trigger language plpgsql as $$
      begin raise exception 'disk full'; end $$`.execute(t.db.db)
    await sql
      .raw(
        `create trigger fail_purge before update on application_events for each row
      when (old.application_id = '${failing}') execute function fail_purge()`,
      )
      .execute(t.db.db)
    await expect(runDailyPurge(t.deps)).rejects.toThrow('disk full')
    expect((await applicant(failing)).applicant_name).not.toBe('（已清除）')
    await sql`drop trigger fail_purge on application_events`.execute(t.db.db)

    // the store goes away after the commit: the case is purged, its files wait in the queue
    const files = await filesOf(crashing)
    const broken: FileStore = {
      ...t.deps.fileStore,
      remove: () => Promise.reject(new Error('store unreachable')),
    }
    nextDay()
    await expect(runDailyPurge({ ...t.deps, fileStore: broken })).rejects.toThrow()
    const pending = await t.db.db.selectFrom('purge_pending_files').select('file_id').execute()
    expect(pending.length).toBeGreaterThan(0)

    nextDay()
    const rerun = await runDailyPurge(t.deps)
    expect(rerun.ran).toBe(true)
    expect((await applicant(failing)).purged_at).not.toBeNull()
    expect((await applicant(crashing)).purged_at).not.toBeNull()
    for (const f of [...files, ...(await filesOf(failing))])
      expect(await t.deps.fileStore.stat(f)).toBeUndefined()
    expect(await t.db.db.selectFrom('purge_pending_files').select('file_id').execute()).toEqual([])
  })

  it('prunes the audit log past its period and the chain still checks', async () => {
    await advance(37 * 30 * DAY) // past the 3-year default
    const result = await runDailyPurge(t.deps)
    expect(result.counts.audit_log).toBeGreaterThan(0)
    const check = await checkAuditChain(t.db.db)
    expect(check.firstBrokenId).toBeNull()
    expect(check.headMatches).toBe(true)
  })
})
