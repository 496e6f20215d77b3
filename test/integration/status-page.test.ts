import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatChineseDateTime } from '../../src/kernel/china-time.js'
import { requestSupplement } from '../../src/supplements/supplement.service.js'
import { insertApplicationEvent } from '../../src/workflow/application-event.repository.js'
import { applicationIdOf, submitApplication, TestBrowser } from '../helpers/applicant.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { pdfBytes, pngBytes } from '../helpers/upload-fixtures.js'

let t: TestApp
let codeA: string
let codeB: string
beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-11-02T02:00:00Z') })
  const files = { pdf: await pdfBytes(), png: pngBytes() }
  codeA = await submitApplication(t.app, files)
  codeB = await submitApplication(t.app, files)
})
afterAll(() => t.close())

const idOf = (code: string) => applicationIdOf(t.db.db, code)

async function signedIn(code: string): Promise<TestBrowser> {
  const browser = new TestBrowser(t.app)
  await browser.post('/track', { code, digits: '5678' })
  return browser
}

const ISSUED_AT = new Date('2026-11-02T05:07:00Z')
const NOTED_AT = new Date('2026-11-02T06:41:00Z')
/** Everything application B has that A has not; none of it may reach A's page. */
const ONLY_B = ['B专属文书', 'B专用材料.pdf', 'B的进度说明', '王检察官', 'B专用补正项']

/** B gets a document, a material, a timeline note, a handler and an open 补正 request. */
async function furnishB(id: string): Promise<void> {
  const staff = await t.db.db
    .insertInto('staff_accounts')
    .values({
      username: 'wang.jc',
      display_name: '王检察官',
      password_hash: 'x',
      roles: ['reviewer'],
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  await t.db.db
    .updateTable('applications')
    .set({ assigned_staff_id: staff.id })
    .where('id', '=', id)
    .execute()
  const file = { sha256: 'b'.repeat(64), byte_size: 5 * 1024 }
  await t.db.db
    .insertInto('issued_documents')
    .values({
      application_id: id,
      kind: 'evidence_receipt',
      title: 'B专属文书',
      file_id: 'only-b-doc',
      issued_at: ISSUED_AT,
      ...file,
    })
    .execute()
  await t.db.db
    .insertInto('application_materials')
    .values({
      application_id: id,
      slot: 'evidence',
      original_name: 'B专用材料.pdf',
      detected_type: 'application/pdf',
      file_id: 'only-b-material',
      uploaded_at: ISSUED_AT,
      uploaded_by: 'applicant',
      position: 99,
      ...file,
    })
    .execute()
  await insertApplicationEvent(t.db.db, {
    applicationId: id,
    at: NOTED_AT,
    action: 'note',
    from: 'submitted',
    to: 'submitted',
    publicNote: 'B的进度说明',
  })
  await requestSupplement(t.deps, {
    applicationId: id,
    items: [{ key: 'only-b', label: 'B专用补正项' }],
    staff: { id: staff.id, roles: ['intake'] },
  })
}

describe('the status page', () => {
  it("shows a session its own application's documents, materials, timeline and handler, never another's", async () => {
    await furnishB(await idOf(codeB))
    const pageB = await (await (await signedIn(codeB)).get('/track/status')).text()
    for (const s of ONLY_B) expect(pageB).toContain(s)
    expect(pageB).toContain(`B专属文书（${formatChineseDateTime(ISSUED_AT)}）`)
    expect(pageB).toContain(formatChineseDateTime(NOTED_AT))
    expect(pageB).toContain('当前状态：待补正')
    expect(pageB).toContain('<td>B专用材料.pdf</td><td>5.0 KB</td>')

    const pageA = await (await (await signedIn(codeA)).get('/track/status')).text()
    expect(pageA).toContain(codeA)
    expect(pageA).toContain('执行裁定书.pdf')
    expect(pageA).toContain('当前状态：已收件，待受理')
    for (const s of [codeB, ...ONLY_B]) expect(pageA).not.toContain(s)
    expect(pageA).not.toContain('/track/documents/')
  })

  it('keeps a session alive while it is used, and ends it after 30 idle minutes', async () => {
    const browser = await signedIn(codeA)
    for (let i = 0; i < 3; i++) {
      t.clock.advance(29 * 60_000)
      expect((await browser.get('/track/status')).status).toBe(200)
    }
    t.clock.advance(31 * 60_000)
    const ended = await browser.get('/track/status')
    expect(ended.headers.get('location')).toBe('/track?expired=1')
    expect(browser.cookies.has('zj_track')).toBe(false)
    expect((await browser.get('/track/status')).headers.get('location')).toBe('/track?expired=1')
  })
})
