import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { requestSupplement } from '../../src/supplements/supplement.service.js'
import { applicationIdOf, submitApplication, TestBrowser } from '../helpers/applicant.js'
import { adminSession } from '../helpers/admin.js'
import { auditActionsFor } from '../helpers/audit.js'
import { deliverOutbox } from '../helpers/deliver-outbox.js'
import { compact, pdfText } from '../helpers/pdf-text.js'
import { testP12, verifyPdfSignature } from '../helpers/signing.js'
import { startSmtpInbox, type SmtpInbox } from '../helpers/smtp-inbox.js'
import { signedInStaff, type TestStaff } from '../helpers/staff.js'
import { createTestApp, testConfig, type TestApp } from '../helpers/test-app.js'
import { fileOf, pdfBytes, pngBytes, sealPngBytes } from '../helpers/upload-fixtures.js'

// docs/decisions/043-seal-and-pdf-signature.md: the admin's seal on every formal notice, and a
// standard PDF signature on every issued PDF when a PKCS#12 certificate is configured.
let t: TestApp
let inbox: SmtpInbox
let admin: { staff: TestStaff; browser: TestBrowser }
let dir: string
const PASSPHRASE = 'test passphrase 2026'

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'zhijian-p12-'))
  const p12Path = path.join(dir, 'signing.p12')
  await fs.writeFile(p12Path, testP12(PASSPHRASE))
  const config = await testConfig({
    PDF_SIGNING_P12_PATH: p12Path,
    PDF_SIGNING_P12_PASSPHRASE: PASSPHRASE,
  })
  t = await createTestApp({ now: new Date('2026-11-02T02:00:00Z'), config })
  inbox = await startSmtpInbox()
  admin = await adminSession(t)
})
afterAll(async () => {
  await inbox.stop()
  await t.close()
  await fs.rm(dir, { recursive: true, force: true })
})

const uploadSeal = (browser: TestBrowser, file: File) => {
  const form = new FormData()
  form.append('seal', file)
  return browser.upload('/staff/admin/seal', form)
}

async function issueSupplementNotice() {
  const code = await submitApplication(t.app, { pdf: await pdfBytes(), png: pngBytes() })
  const id = await applicationIdOf(t.db.db, code)
  const intake = await signedInStaff(t.app, t.deps, ['intake'])
  await requestSupplement(t.deps, {
    applicationId: id,
    items: [{ key: 'ruling', label: '终结本次执行程序裁定书' }],
    staff: { id: intake.staff.id, roles: ['intake'] },
  })
  const doc = await t.db.db
    .selectFrom('issued_documents')
    .select(['id', 'file_id', 'sha256', 'number'])
    .where('application_id', '=', id)
    .executeTakeFirstOrThrow()
  const chunks: Buffer[] = []
  for await (const chunk of t.deps.fileStore.open(doc.file_id)) chunks.push(chunk as Buffer)
  return { code, id, doc, pdf: Buffer.concat(chunks) }
}

const hasImage = (pdf: Buffer) => /\/Subtype\s*\/Image/.test(pdf.toString('latin1'))

describe('the seal', () => {
  it('refuses what is not a transparent, printable PNG, and stores nothing', async () => {
    for (const [file, message] of [
      [fileOf(await pdfBytes(), '院印.png'), '院印图片必须是 PNG 格式'],
      [fileOf(pngBytes(240, 240), '院印.png'), '院印图片必须带透明背景'],
      [fileOf(sealPngBytes(100), '院印.png'), '院印图片的边长应在 200 至 2000 像素之间'],
      [fileOf(Buffer.alloc(300 * 1024, 1), '院印.png'), '超过'],
    ] as const) {
      const res = await uploadSeal(admin.browser, file)
      expect(res.status).toBe(422)
      expect(await res.text()).toContain(message)
    }
    const none = await uploadSeal(admin.browser, new File([], ''))
    expect(none.status).toBe(422)
    expect(await t.db.db.selectFrom('procuratorate_seals').select('id').execute()).toEqual([])
    const page = await (await admin.browser.get('/staff/admin/seal')).text()
    expect(page).toContain('尚未上传院印')
  })

  it('is open to the administrator only', async () => {
    const intake = await signedInStaff(t.app, t.deps, ['intake', 'reviewer', 'leader'])
    expect((await intake.browser.get('/staff/admin/seal')).status).toBe(403)
    expect((await uploadSeal(intake.browser, fileOf(sealPngBytes(), '院印.png'))).status).toBe(403)
  })

  it('is drawn on notices issued after it is uploaded, and the upload is audited', async () => {
    const before = await issueSupplementNotice()
    expect(hasImage(before.pdf)).toBe(false)

    const seal = sealPngBytes()
    const res = await uploadSeal(admin.browser, fileOf(seal, '院印.png'))
    expect(res.status).toBe(303)
    const page = await (await admin.browser.get('/staff/admin/seal?saved=1')).text()
    expect(page).toContain('院印已更新')
    expect(page).toContain(crypto.createHash('sha256').update(seal).digest('hex'))
    const image = await admin.browser.get('/staff/admin/seal/image')
    expect(Buffer.from(await image.arrayBuffer()).equals(seal)).toBe(true)
    expect(await auditActionsFor(t.deps, 'site_settings', 'seal')).toEqual([
      'settings.seal_upload:success',
    ])

    const after = await issueSupplementNotice()
    expect(hasImage(after.pdf)).toBe(true)
    // the text under the seal is still there, and the notice is still signed
    expect(compact(await pdfText(after.pdf))).toContain('补正通知书')
    expect(verifyPdfSignature(after.pdf).signatureValid).toBe(true)
  })
})

describe('the PDF signature', () => {
  it('signs every issued notice so that the signature verifies, and stores the hash of the signed bytes', async () => {
    const { code, doc, pdf } = await issueSupplementNotice()
    const check = verifyPdfSignature(pdf)
    expect(check).toEqual({
      subFilter: 'adbe.pkcs7.detached',
      coversWholeFile: true,
      digestMatches: true,
      signatureValid: true,
      signerCommonName: '平顶山市卫东区人民检察院（测试）',
    })
    expect(doc.sha256).toBe(crypto.createHash('sha256').update(pdf).digest('hex'))

    // A changed byte inside the signed range breaks the digest.
    const tampered = Buffer.from(pdf)
    const at = tampered.indexOf('/Title')
    tampered[at + 1] = 'X'.charCodeAt(0)
    expect(verifyPdfSignature(tampered).digestMatches).toBe(false)

    // The emailed attachment is the same signed document.
    await deliverOutbox(t, inbox, { untilEmpty: true })
    const mail = inbox.messages.find(
      (m) => (m.subject ?? '').includes(code) && (m.subject ?? '').includes('：您的执行监督申请'),
    )!
    const attachment = mail.attachments.find((a) => a.contentType === 'application/pdf')!
    expect(attachment.content.equals(pdf)).toBe(true)

    const settings = await (await admin.browser.get('/staff/admin/seal')).text()
    expect(settings).toContain('已配置签名证书')
    expect(settings).not.toContain(PASSPHRASE)
    expect(JSON.stringify(t.config)).not.toContain(PASSPHRASE)
    expect(JSON.stringify(t.logs)).not.toContain(PASSPHRASE)
  })

  it('stops the start with the setting named, never the passphrase, when the certificate cannot be opened', async () => {
    const p12Path = path.join(dir, 'signing.p12')
    const wrong = await testConfig({
      PDF_SIGNING_P12_PATH: p12Path,
      PDF_SIGNING_P12_PASSPHRASE: 'not the passphrase',
    })
    await expect(createTestApp({ config: wrong })).rejects.toThrow(/PDF_SIGNING_P12_PASSPHRASE/)
    await expect(createTestApp({ config: wrong })).rejects.not.toThrow(/not the passphrase/)
    await expect(testConfig({ PDF_SIGNING_P12_PATH: p12Path })).rejects.toThrow(
      /give both .* or neither/,
    )
  })
})
