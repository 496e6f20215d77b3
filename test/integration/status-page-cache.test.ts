import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { servePostally } from '../helpers/service.js'
import { requestSupplement } from '../../src/supplements/supplement.service.js'
import { insertApplicationEvent } from '../../src/workflow/application-event.repository.js'
import { applicationIdOf, submitApplication, TestBrowser } from '../helpers/applicant.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { pdfBytes, pngBytes } from '../helpers/upload-fixtures.js'

/**
 * The status page is kept once rendered and served again while applications.status_version stands
 * (src/tracking/status.routes.tsx). These tests prove the version moves with everything the page
 * shows (migrations/202611270200_add_status_version.sql) and that a kept page is never shown once
 * it has.
 */
let t: TestApp
let codeA: string
let codeB: string
let idA: string
let idB: string
let staffId: string
beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-11-02T02:00:00Z') })
  const files = { pdf: await pdfBytes(), png: pngBytes() }
  codeA = await submitApplication(t.app, files)
  codeB = await submitApplication(t.app, files)
  idA = await idOf(codeA)
  idB = await idOf(codeB)
  staffId = (
    await t.db.db
      .insertInto('staff_accounts')
      .values({
        username: 'li.jc',
        display_name: '李检察官',
        password_hash: 'x',
        roles: ['reviewer'],
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id
  await t.db.db
    .updateTable('applications')
    .set({ assigned_staff_id: staffId })
    .where('id', '=', idA)
    .execute()
})
afterAll(() => t.close())

const idOf = (code: string) => applicationIdOf(t.db.db, code)

async function versionOf(id: string): Promise<bigint> {
  const row = await t.db.db
    .selectFrom('applications')
    .select('status_version')
    .where('id', '=', id)
    .executeTakeFirstOrThrow()
  return BigInt(row.status_version)
}

async function signedIn(code: string): Promise<TestBrowser> {
  const browser = new TestBrowser(t.app)
  const res = await browser.post('/track', { code, digits: '5678' })
  expect(res.headers.get('location')).toBe('/track/status')
  return browser
}

async function statusPage(browser: TestBrowser): Promise<string> {
  const res = await browser.get('/track/status')
  expect(res.status).toBe(200)
  return res.text()
}

const material = (applicationId: string, name: string) => ({
  application_id: applicationId,
  slot: 'evidence' as const,
  original_name: name,
  detected_type: 'application/pdf',
  file_id: `file-${name}`,
  sha256: 'c'.repeat(64),
  byte_size: 2048,
  uploaded_at: new Date('2026-11-02T03:00:00Z'),
  uploaded_by: 'applicant',
  position: 50,
})

describe('applications.status_version', () => {
  const changes: [string, () => Promise<unknown>][] = [
    [
      'an update of the application row',
      () =>
        t.db.db
          .updateTable('applications')
          .set({ flags: ['可能重复'] })
          .where('id', '=', idA)
          .execute(),
    ],
    [
      'a new timeline event',
      () =>
        insertApplicationEvent(t.db.db, {
          applicationId: idA,
          at: new Date('2026-11-02T03:00:00Z'),
          action: 'note',
          from: 'submitted',
          to: 'submitted',
          publicNote: '进度说明',
        }),
    ],
    [
      'a timeline event corrected',
      () =>
        t.db.db
          .updateTable('application_events')
          .set({ public_note: '进度说明（更正）' })
          .where('application_id', '=', idA)
          .where('action', '=', 'note')
          .execute(),
    ],
    [
      'a timeline event removed',
      () =>
        t.db.db
          .deleteFrom('application_events')
          .where('application_id', '=', idA)
          .where('action', '=', 'note')
          .execute(),
    ],
    [
      'an issued document',
      () =>
        t.db.db
          .insertInto('issued_documents')
          .values({
            application_id: idA,
            kind: 'evidence_receipt',
            title: '证据材料收据',
            file_id: 'doc-version-test',
            issued_at: new Date('2026-11-02T03:00:00Z'),
            sha256: 'd'.repeat(64),
            byte_size: 1024,
          })
          .execute(),
    ],
    [
      'an issued document corrected',
      () =>
        t.db.db
          .updateTable('issued_documents')
          .set({ title: '证据材料收据（更正）' })
          .where('file_id', '=', 'doc-version-test')
          .execute(),
    ],
    [
      'an issued document removed',
      () =>
        t.db.db.deleteFrom('issued_documents').where('file_id', '=', 'doc-version-test').execute(),
    ],
    [
      'a material filed',
      () =>
        t.db.db.insertInto('application_materials').values(material(idA, '新增证据.pdf')).execute(),
    ],
    [
      'a material renamed',
      () =>
        t.db.db
          .updateTable('application_materials')
          .set({ original_name: '改名证据.pdf' })
          .where('file_id', '=', 'file-新增证据.pdf')
          .execute(),
    ],
    [
      'a material removed',
      () =>
        t.db.db
          .deleteFrom('application_materials')
          .where('file_id', '=', 'file-新增证据.pdf')
          .execute(),
    ],
    [
      'a 补正 request opened',
      () =>
        t.db.db
          .insertInto('supplement_requests')
          .values({
            application_id: idA,
            items: JSON.stringify([{ key: 'x', label: '补正项' }]),
            deadline: '2026-11-20',
            deadline_explanation: '15 日',
            requested_at: new Date('2026-11-02T03:00:00Z'),
            requested_by: staffId,
          })
          .execute(),
    ],
    [
      'a 补正 request answered',
      () =>
        t.db.db
          .updateTable('supplement_requests')
          .set({ completed_at: new Date('2026-11-03T03:00:00Z') })
          .where('application_id', '=', idA)
          .execute(),
    ],
    [
      'a 补正 request removed',
      () => t.db.db.deleteFrom('supplement_requests').where('application_id', '=', idA).execute(),
    ],
    [
      "the handler's display name",
      () =>
        t.db.db
          .updateTable('staff_accounts')
          .set({ display_name: '李检察官（一）' })
          .where('id', '=', staffId)
          .execute(),
    ],
  ]

  it.each(changes)('moves with %s, for that application only', async (_what, change) => {
    const [a, b] = [await versionOf(idA), await versionOf(idB)]
    await change()
    expect(await versionOf(idA)).toBeGreaterThan(a)
    expect(await versionOf(idB)).toBe(b)
  })

  it('moves for both applications when a material is moved from one to the other', async () => {
    await t.db.db.insertInto('application_materials').values(material(idA, '放错了.pdf')).execute()
    const [a, b] = [await versionOf(idA), await versionOf(idB)]
    await t.db.db
      .updateTable('application_materials')
      .set({ application_id: idB })
      .where('file_id', '=', 'file-放错了.pdf')
      .execute()
    expect(await versionOf(idA)).toBeGreaterThan(a)
    expect(await versionOf(idB)).toBeGreaterThan(b)
    await t.db.db
      .deleteFrom('application_materials')
      .where('file_id', '=', 'file-放错了.pdf')
      .execute()
  })

  it('stands still for what the page does not show', async () => {
    const before = await versionOf(idA)
    await t.db.db
      .updateTable('staff_accounts')
      .set({ display_name: '李检察官（一）' }) // the same name again
      .where('id', '=', staffId)
      .execute()
    await t.db.db
      .updateTable('staff_accounts')
      .set({ failed_logins: 1 })
      .where('id', '=', staffId)
      .execute()
    await signedIn(codeA) // a lookup: a new session row and an attempt row
    expect(await versionOf(idA)).toBe(before)
  })
})

describe('the kept status page', () => {
  it('is served while the version stands, and replaced the moment it moves', async () => {
    const browser = await signedIn(codeB)
    const first = await statusPage(browser)
    expect(first).toContain('当前状态：已收件，待受理')
    expect(await statusPage(browser)).toBe(first)

    // A change made behind the triggers' back (replica mode skips them): the kept page stays,
    // which shows the page really is kept, not rendered again each time.
    await t.db.db.transaction().execute(async (trx) => {
      await sql`set local session_replication_role = replica`.execute(trx)
      await trx
        .updateTable('applications')
        .set({ stage: 'accepted' })
        .where('id', '=', idB)
        .execute()
    })
    expect(await statusPage(browser)).toBe(first)

    // Any ordinary update moves the version: the new stage shows at once.
    await t.db.db.updateTable('applications').set({ flags: [] }).where('id', '=', idB).execute()
    const next = await statusPage(browser)
    expect(next).toContain('当前状态：已受理')
    expect(next).not.toContain('已收件，待受理')
  })

  it('gives each browser its own form token and each session its own application', async () => {
    const one = await signedIn(codeA)
    const two = await signedIn(codeA)
    expect(one.token).not.toBe(two.token)
    const [pageOne, pageTwo] = [await statusPage(one), await statusPage(two)]
    expect(pageOne).toContain(`value="${one.token}"`)
    expect(pageOne).not.toContain(two.token)
    expect(pageTwo).toContain(`value="${two.token}"`)
    expect(pageTwo).not.toContain(one.token)

    // the same browser (same form token) signed in to another application sees only that one
    const other = await signedIn(codeB)
    other.cookies.set('zj_csrf', one.cookies.get('zj_csrf')!)
    const pageB = await statusPage(other)
    expect(pageB).toContain(codeB)
    expect(pageB).not.toContain(codeA)
  })

  it('follows the display mode', async () => {
    const browser = await signedIn(codeA)
    expect(await statusPage(browser)).not.toContain('class="elder-mode"')
    browser.cookies.set('zj_display', 'elder')
    expect(await statusPage(browser)).toContain('class="elder-mode"')
    browser.cookies.delete('zj_display')
    expect(await statusPage(browser)).not.toContain('class="elder-mode"')
  })

  it('counts the 补正 days down at midnight in China, with nothing else changed', async () => {
    const id = await idOf(
      await submitApplication(t.app, { pdf: await pdfBytes(), png: pngBytes() }),
    )
    const code = (
      await t.db.db
        .selectFrom('applications')
        .select('tracking_code')
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    ).tracking_code
    await requestSupplement(t.deps, {
      applicationId: id,
      items: [{ key: 'ruling', label: '执行裁定书' }],
      staff: { id: staffId, roles: ['intake'] },
    })
    await servePostally(t.deps, id) // the period runs from service
    const browser = await signedIn(code)
    const daysLeft = (html: string) => Number(/还有 (\d+)/.exec(html)?.[1])
    const today = daysLeft(await statusPage(browser))
    expect(today).toBeGreaterThan(1)
    t.clock.advance(24 * 60 * 60_000)
    // the session idled out over the day; the same browser (same form token) signs in again
    const nonce = browser.cookies.get('zj_csrf')
    expect(await browser.post('/track', { code, digits: '5678' })).toHaveProperty('status', 303)
    expect(browser.cookies.get('zj_csrf')).toBe(nonce)
    expect(daysLeft(await statusPage(browser))).toBe(today - 1)
  })

  it('shows a change of the site settings within the minute they are reread', async () => {
    const browser = await signedIn(codeA)
    expect(await statusPage(browser)).not.toContain('测试改名人民检察院')
    await t.db.db
      .updateTable('site_settings')
      .set({ procuratorate_name: '测试改名人民检察院', updated_at: t.clock.now() })
      .execute()
    t.clock.advance(61_000)
    expect(await statusPage(browser)).toContain('测试改名人民检察院')
  })
})
