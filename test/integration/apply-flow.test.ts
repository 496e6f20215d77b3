import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findAuditEventsForObject } from '../../src/audit/audit.repository.js'
import { SELF_CHECK, TestBrowser, VALID_STEPS } from '../helpers/applicant.js'
import { deliverOutbox } from '../helpers/deliver-outbox.js'
import { pdfText } from '../helpers/pdf-text.js'
import { startSmtpInbox, type SmtpInbox } from '../helpers/smtp-inbox.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { fileOf, jpegBytes, pdfBytes, pngBytes, sha256 } from '../helpers/upload-fixtures.js'

let t: TestApp
let inbox: SmtpInbox
beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-09-30T02:00:00Z') })
  inbox = await startSmtpInbox()
})
afterAll(async () => {
  await inbox.stop()
  await t.close()
})

const count = async (table: 'applications' | 'application_materials' | 'outbox_messages') =>
  Number(
    (
      await t.db.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  )

async function fillWizard(browser: TestBrowser): Promise<void> {
  const start = await browser.post('/apply/start', SELF_CHECK)
  expect(start.status).toBe(303)
  expect(start.headers.get('location')).toBe('/apply/step/applicant-type')
  for (const [step, fields] of VALID_STEPS) {
    const res = await browser.post(`/apply/step/${step}`, fields)
    expect(res.status, `${step}: ${res.status === 422 ? await res.text() : ''}`).toBe(303)
  }
}

async function uploadMaterials(
  browser: TestBrowser,
  files: { pdf: Buffer; jpeg: Buffer; png: Buffer },
) {
  const upload = async (slot: string, file: File, description?: string) => {
    const form = new FormData()
    form.append(`file-${slot}`, file)
    if (description) form.append('description', description)
    const res = await browser.upload(`/apply/materials/upload?slot=${slot}`, form)
    expect(res.status, await res.clone().text()).toBe(303)
  }
  await upload('identity', fileOf(files.jpeg, '身份证正面.jpg', 'image/jpeg'))
  await upload('legal_documents', fileOf(files.pdf, '执行裁定书.pdf', 'application/pdf'))
  await upload('evidence', fileOf(files.png, '银行流水.png', 'image/png'), '2024 年 3 月的银行流水')
}

describe('applying online', () => {
  it('creates exactly one application with its materials, audit event, receipt and email', async () => {
    const browser = new TestBrowser(t.app)
    const files = { pdf: await pdfBytes(), jpeg: jpegBytes(), png: pngBytes() }
    await fillWizard(browser)
    await uploadMaterials(browser, files)
    expect(
      (await browser.post('/apply/materials', { generateLetter: 'yes' })).headers.get('location'),
    ).toBe('/apply/check')

    const check = await (await browser.get('/apply/check')).text()
    expect(check).toContain('张秀英')
    expect(check).toContain('（2023）豫0403执123号')
    expect(check).toContain('13812345678')

    const undeclared = await browser.post('/apply/submit', {})
    expect(undeclared.status).toBe(422)
    const undeclaredHtml = await undeclared.text()
    expect(undeclaredHtml).toContain('<title>错误：核对并提交申请 - ')
    expect(undeclaredHtml).toContain('请勾选承诺后再提交')
    const submitted = await browser.post('/apply/submit', { declaration: 'yes' })
    expect(submitted.headers.get('location')).toBe('/apply/confirmation')
    // A double click or a retried POST: still one application.
    expect(
      (await browser.post('/apply/submit', { declaration: 'yes' })).headers.get('location'),
    ).toBe('/apply/confirmation')
    expect(await count('applications')).toBe(1)
    expect(await count('application_materials')).toBe(4)
    // the link to resume the draft (an address was given) and the confirmation with the receipt
    expect(await count('outbox_messages')).toBe(2)

    const app = await t.db.db.selectFrom('applications').selectAll().executeTakeFirstOrThrow()
    expect(app.applicant_name).toBe('张秀英')
    expect(app.flags).toEqual(['前置程序未穷尽'])
    expect(app.procedural_reply_due).toBe('2026-10-15')
    expect(Buffer.from(app.id_number_encrypted).toString('latin1')).not.toContain(
      '11010519491231002X',
    )
    expect(JSON.stringify(app.answers)).not.toMatch(/11010519491231002X|13812345678/)
    const materials = await t.db.db
      .selectFrom('application_materials')
      .selectAll()
      .orderBy('position')
      .execute()
    expect(materials.map((m) => m.slot)).toEqual([
      'application_letter',
      'identity',
      'legal_documents',
      'evidence',
    ])
    expect(materials.slice(1).map((m) => m.sha256)).toEqual([
      sha256(files.jpeg),
      sha256(files.pdf),
      sha256(files.png),
    ])
    const audit = await findAuditEventsForObject(t.db.db, 'application', app.id)
    expect(audit.map((a) => a.action)).toEqual(['application.submit'])

    const confirmation = await (await browser.get('/apply/confirmation')).text()
    const code = /data-testid="tracking-code">([\w-]+)</.exec(confirmation)![1]!
    expect(code.replace(/-/g, '')).toBe(app.tracking_code)
    expect(confirmation).toContain('2026年10月15日')

    const receipt = await browser.get('/apply/receipt')
    expect(receipt.headers.get('content-type')).toBe('application/pdf')
    const text = await pdfText(new Uint8Array(await receipt.arrayBuffer()))
    for (const expected of [
      code,
      '身份证正面.jpg',
      '执行裁定书.pdf',
      '银行流水.png',
      '1101**********002X',
    ]) {
      expect(text.replace(/\s/g, '')).toContain(expected.replace(/\s/g, ''))
    }
    expect(text).not.toContain('11010519491231002X')

    const verify = await (
      await t.app.request(
        `/verify?c=${code.toLowerCase()}&v=${encodeURIComponent(app.receipt_mac)}`,
      )
    ).text()
    expect(verify).toContain('回执真实有效')
    expect(verify).not.toContain('张秀英')
    const forged = await (
      await t.app.request(`/verify?c=${code}&v=AAAA-AAAA-AAAA-AAAA-AAAA`)
    ).text()
    expect(forged).toContain('无法核验此回执')
  })

  it('sends the confirmation email with the receipt through a real SMTP server', async () => {
    expect(await deliverOutbox(t, inbox)).toBe(2)
    const mail = await inbox.waitFor((m) => (m.subject ?? '').includes('查询码'))
    const app = await t.db.db
      .selectFrom('applications')
      .select(['tracking_code'])
      .executeTakeFirstOrThrow()
    const code = `${app.tracking_code.slice(0, 4)}-${app.tracking_code.slice(4, 8)}-${app.tracking_code.slice(8)}`
    expect(mail.subject).toContain(code)
    expect(mail.text).toContain('2026-10-15')
    const pdf = mail.attachments[0]!
    expect(pdf.contentType).toBe('application/pdf')
    const text = (await pdfText(new Uint8Array(pdf.content))).replace(/\s/g, '')
    for (const name of [code, '身份证正面.jpg', '执行裁定书.pdf', '银行流水.png'])
      expect(text).toContain(name)
  })

  it('emails a resume link that opens nothing once the application is submitted', async () => {
    const resume = await inbox.waitFor((m) => (m.subject ?? '').includes('继续填写'))
    expect(resume.to).toMatchObject({ text: 'zhang.xiuying@example.cn' })
    const link = /http:\/\/localhost:\d+(\/apply\/resume\?t=[\w-]{43})/.exec(resume.text ?? '')![1]!
    const other = new TestBrowser(t.app)
    const res = await other.get(link)
    expect(res.headers.get('location')).toBe('/apply?expired=1')
    expect(other.cookies.has('zj_draft')).toBe(false)
    const wrong = await new TestBrowser(t.app).get('/apply/resume?t=' + 'B'.repeat(43))
    expect(wrong.headers.get('location')).toBe('/apply?expired=1')
  })

  it('refuses to submit an incomplete draft and shows where to continue', async () => {
    const browser = new TestBrowser(t.app)
    await browser.post('/apply/start', SELF_CHECK)
    const res = await browser.get('/apply/check')
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/apply/step/applicant-type')
    const ahead = await browser.get('/apply/step/case')
    expect(ahead.status).toBe(303)
    expect(ahead.headers.get('location')).toBe('/apply/step/applicant-type')
    expect((await browser.get('/apply/step/no-such-step')).status).toBe(404)
  })

  it('keeps other people out of a draft: no cookie, no draft', async () => {
    const stranger = new TestBrowser(t.app)
    const res = await stranger.get('/apply/step/person')
    expect(res.headers.get('location')).toBe('/apply?expired=1')
    const forged = await t.app.request('/apply/step/person', {
      headers: { cookie: `zj_draft=${'A'.repeat(43)}` },
    })
    expect(forged.headers.get('location')).toBe('/apply?expired=1')
  })
})
