import { Readable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addMaterials } from '../../src/applications/application.repository.js'
import { requestSupplement } from '../../src/supplements/supplement.service.js'
import {
  applicationOf,
  completeWizard,
  SELF_CHECK,
  submitApplication,
  TestBrowser,
  VALID_STEPS,
} from '../helpers/applicant.js'
import { deliverOutbox } from '../helpers/deliver-outbox.js'
import { h1Of, summaryErrors } from '../helpers/http.js'
import { signedInStaff } from '../helpers/staff.js'
import { pdfText } from '../helpers/pdf-text.js'
import { startSmtpInbox, type SmtpInbox } from '../helpers/smtp-inbox.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { fileOf, pdfBytes, pngBytes } from '../helpers/upload-fixtures.js'

let t: TestApp
let inbox: SmtpInbox
beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-11-02T02:00:00Z') })
  inbox = await startSmtpInbox()
})
afterAll(async () => {
  await inbox.stop()
  await t.close()
})

const intake = { id: '00000000-0000-4000-8000-000000000001', roles: ['intake' as const] }
const ITEMS = [
  { key: 'identity-back', label: '身份证反面' },
  { key: 'ruling', label: '终结本次执行程序裁定书' },
]

async function inSupplement(): Promise<{ browser: TestBrowser; id: string }> {
  const code = await submitApplication(t.app, { pdf: await pdfBytes(), png: pngBytes() })
  const { id } = await applicationOf(t.db.db, code, ['id'])
  await requestSupplement(t.deps, { applicationId: id, items: ITEMS, staff: intake })
  await deliverOutbox(t, inbox)
  const browser = new TestBrowser(t.app)
  await browser.post('/track', { code, digits: '5678' })
  return { browser, id }
}

async function uploadFor(browser: TestBrowser, item: string, file: File) {
  const form = new FormData()
  form.append('file', file)
  return browser.upload(`/track/supplement/upload?item=${item}`, form)
}

describe('a refused 补正 upload', () => {
  it('re-shows the status page with the 补正 panel, its deadline and the error under the item', async () => {
    const { browser } = await inSupplement()
    const res = await uploadFor(
      browser,
      'ruling',
      fileOf(Buffer.from('MZ\x90\x00 exe'), '裁定.pdf'),
    )
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('<title>错误：办理进度')
    expect(html).toContain('文件没有上传成功')
    expect(html).toContain('请补充材料')
    expect(html).toContain('2026年11月17日')
    expect(summaryErrors(html)).toEqual([expect.stringContaining('“裁定.pdf”')])
    expect(html).toMatch(/id="field-supplement-ruling-error"[^>]*>[\s\S]*?“裁定\.pdf”/)
    expect(html).not.toContain('请求无法处理')
  })

  it('an accepted upload still returns to the status page, which lists the file', async () => {
    const { browser } = await inSupplement()
    const res = await uploadFor(browser, 'identity-back', fileOf(pngBytes(), '背面.png'))
    expect(res.status).toBe(303)
    expect(await (await browser.get('/track/status')).text()).toContain('已上传：背面.png')
  })
})

describe('the lookup form', () => {
  it('reports both empty fields at once, in page order', async () => {
    const res = await new TestBrowser(t.app).post('/track', { code: '', digits: '' })
    expect(res.status).toBe(422)
    expect(summaryErrors(await res.text())).toEqual(['请输入查询码', '请输入手机号码的后 4 位数字'])
  })
})

describe('the 收件回执 is a record of what was received then', () => {
  /** Signed in afresh each time: the clock moves past the session's idle timeout between views. */
  const receiptText = async (browser: TestBrowser, code: string) => {
    await browser.post('/track', { code, digits: '5678' })
    const res = await browser.get('/track/receipt')
    expect(res.status).toBe(200)
    return pdfText(new Uint8Array(await res.arrayBuffer()))
  }

  it('shows the same materials and due date after a 补正 answer and the court reply, and /verify stays genuine', async () => {
    const code = await submitApplication(t.app, { pdf: await pdfBytes(), png: pngBytes() })
    const app = await applicationOf(t.db.db, code, ['id', 'receipt_mac', 'procedural_reply_due'])
    const browser = new TestBrowser(t.app)
    await browser.post('/track', { code, digits: '5678' })
    const original = await receiptText(browser, code)
    expect(original).toContain('身份证.png')

    t.clock.advance(86_400_000)
    await requestSupplement(t.deps, {
      applicationId: app.id,
      items: ITEMS.slice(0, 1),
      staff: intake,
    })
    await deliverOutbox(t, inbox)
    await browser.post('/track', { code, digits: '5678' })
    const up = await uploadFor(browser, 'identity-back', fileOf(pngBytes(12, 12), '补正背面.png'))
    expect(up.status).toBe(303)
    expect((await browser.post('/track/supplement/complete', {})).status).toBe(303)
    const moved = await applicationOf(t.db.db, code, ['procedural_reply_due'])
    expect(moved.procedural_reply_due).not.toBe(app.procedural_reply_due)
    expect(await receiptText(browser, code)).toBe(original)

    t.clock.advance(86_400_000)
    // the court's reply, filed as record_court_reply files it (the whole 检察建议 path is tested in
    // review-decisions.test.ts)
    const reply = await t.deps.fileStore.put(Readable.from([await pdfBytes()]), {
      maxBytes: 1_000_000,
    })
    const file = { storedId: reply.id, size: reply.size, sha256: reply.sha256 }
    await addMaterials(
      t.db.db,
      app.id,
      [{ ...file, originalName: '法院回复意见函.pdf', detectedType: 'application/pdf' }],
      { slot: 'court_reply', uploadedBy: intake.id, at: t.clock.now() },
    )
    const later = await receiptText(browser, code)
    expect(later).toBe(original)
    expect(later).not.toContain('回复意见函')

    const verify = await t.app.request(`/verify?c=${code}&v=${encodeURIComponent(app.receipt_mac)}`)
    expect(await verify.text()).toContain('回执真实有效')
  })
})

describe('counter intake ends on the officer’s page', () => {
  const resumeEmails = async () =>
    (
      await t.db.db
        .selectFrom('outbox_messages')
        .select('id')
        .where('kind', '=', 'draft_resume')
        .execute()
    ).length

  it('shows the code, the receipt to print and the way back to the desk, and sends no "continue your draft" email', async () => {
    const before = await resumeEmails()
    const { browser } = await signedInStaff(t.app, t.deps, ['intake'])
    const start = await browser.post('/staff/counter', SELF_CHECK)
    expect(start.status).toBe(303)
    const code = await completeWizard(browser, { pdf: await pdfBytes(), png: pngBytes() })
    const page = await (await browser.get('/apply/confirmation')).text()
    expect(h1Of(page)).toBe('已代为提交申请')
    expect(page).toContain(code)
    expect(page).toContain('href="/apply/receipt"')
    expect(page).toContain('href="/staff"')
    expect(page).not.toContain('class="button button--secondary" href="/track"')
    expect(await resumeEmails()).toBe(before)
  })

  it('an online applicant still gets the link to continue the draft', async () => {
    const before = await resumeEmails()
    const browser = new TestBrowser(t.app)
    await browser.post('/apply/start', SELF_CHECK)
    for (const [step, fields] of VALID_STEPS.slice(0, 3))
      await browser.post(`/apply/step/${step}`, fields)
    expect(await resumeEmails()).toBe(before + 1)
  })
})
