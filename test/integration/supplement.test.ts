import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expireSupplements, requestSupplement } from '../../src/supplements/supplement.service.js'
import { applicationOf, submitApplication, TestBrowser } from '../helpers/applicant.js'
import { deliverOutbox } from '../helpers/deliver-outbox.js'
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

const files = async () => ({ pdf: await pdfBytes(), png: pngBytes() })
const idOf = (code: string) => applicationOf(t.db.db, code, ['id', 'stage'])
const intake = { id: '00000000-0000-4000-8000-000000000001', roles: ['intake'] as const }
const ITEMS = [
  { key: 'identity-back', label: '身份证反面', detail: '请上传身份证背面照片' },
  { key: 'ruling', label: '终结本次执行程序裁定书' },
]

async function signedIn(code: string): Promise<TestBrowser> {
  const browser = new TestBrowser(t.app)
  await browser.post('/track', { code, digits: '5678' })
  return browser
}

async function uploadFor(browser: TestBrowser, item: string, file: File) {
  const form = new FormData()
  form.append('file', file)
  return browser.upload(`/track/supplement/upload?item=${item}`, form)
}

describe('补正', () => {
  it('lists every item with its deadline; the answers send the application back to staff, with an email', async () => {
    const code = await submitApplication(t.app, await files())
    const app = await idOf(code)
    const browser = await signedIn(code)
    expect((await browser.post('/track/supplement/complete', {})).status).toBe(409)

    const { days } = await requestSupplement(t.deps, {
      applicationId: app.id,
      items: ITEMS,
      staff: { ...intake, roles: [...intake.roles] },
    })
    expect(days).toBe(15)
    // The applicant consented to electronic service: the email's delivery serves the notice, and
    // the period runs from that day (docs/decisions/042-service-of-notices.md).
    await deliverOutbox(t, inbox)
    const page = await (await browser.get('/track/status')).text()
    expect(page).toContain('当前状态：待补正')
    for (const label of [
      '身份证反面',
      '请上传身份证背面照片',
      '终结本次执行程序裁定书',
      '还有 15 天',
      '2026年11月17日',
    ])
      expect(page).toContain(label)

    expect(
      (await uploadFor(browser, 'identity-back', fileOf(pngBytes(), '身份证背面.png'))).status,
    ).toBe(303)
    const early = await browser.post('/track/supplement/complete', {})
    expect(early.status).toBe(422)
    expect(await early.text()).toContain('还缺少：终结本次执行程序裁定书')
    expect(
      (await uploadFor(browser, 'ruling', fileOf(await pdfBytes(), '终本裁定.pdf'))).status,
    ).toBe(303)
    const refused = await uploadFor(browser, 'nonsense', fileOf(pngBytes(), 'x.png'))
    expect(refused.status).toBe(409)
    expect(await refused.text()).toContain('href="/track/status">返回办理进度')

    expect((await browser.post('/track/supplement/complete', {})).headers.get('location')).toBe(
      '/track/status',
    )
    expect((await idOf(code)).stage).toBe('submitted')
    const after = await (await browser.get('/track/status')).text()
    expect(after).toContain('当前状态：已收件，待受理')
    expect(after).toContain('终本裁定.pdf')

    await deliverOutbox(t, inbox)
    const mails = inbox.messages.filter(
      (m) => (m.subject ?? '').includes('：您的执行监督申请') && (m.subject ?? '').includes(code),
    )
    expect(mails.map((m) => m.text ?? '')).toEqual([
      expect.stringContaining('待补正'),
      expect.stringContaining('已收件，待受理'),
    ])
    expect(mails[0]!.text).toContain('终结本次执行程序裁定书')
  })

  it('refuses a file of the wrong type for an item and stores nothing', async () => {
    const code = await submitApplication(t.app, await files())
    const app = await idOf(code)
    await requestSupplement(t.deps, {
      applicationId: app.id,
      items: ITEMS,
      staff: { ...intake, roles: [...intake.roles] },
    })
    const browser = await signedIn(code)
    const res = await uploadFor(
      browser,
      'ruling',
      fileOf(Buffer.from('MZ\x90\x00 not a pdf'), '裁定.pdf'),
    )
    expect(res.status).toBe(422)
    expect(await res.text()).toContain('“裁定.pdf”')
    const stored = await t.db.db
      .selectFrom('application_materials')
      .select('id')
      .where('application_id', '=', app.id)
      .where('slot', '=', 'supplement')
      .execute()
    expect(stored).toEqual([])
  })

  it('deems the application withdrawn once the deadline has passed', async () => {
    const code = await submitApplication(t.app, await files())
    const app = await idOf(code)
    await requestSupplement(t.deps, {
      applicationId: app.id,
      items: ITEMS,
      days: 15,
      staff: { ...intake, roles: [...intake.roles] },
    })
    await deliverOutbox(t, inbox, { untilEmpty: true }) // served electronically today
    t.clock.advance(15 * 24 * 3600_000)
    expect(await expireSupplements(t.deps)).toBe(0) // the last day still counts
    t.clock.advance(2 * 24 * 3600_000)
    expect(await expireSupplements(t.deps)).toBeGreaterThanOrEqual(1)
    expect((await idOf(code)).stage).toBe('deemed_withdrawn')
    const page = await (await (await signedIn(code)).get('/track/status')).text()
    expect(page).toContain('视为撤回')
    expect(page).toContain('第二十一条')
  })
})
