import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { toAppError } from '../../src/http/error-handler.js'
import { formatTrackingCode, generateTrackingCode } from '../../src/kernel/tracking-code.js'
import { applicationOf, submitApplication, TestBrowser } from '../helpers/applicant.js'
import { h1Of } from '../helpers/http.js'
import { pdfText } from '../helpers/pdf-text.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { pdfBytes, pngBytes } from '../helpers/upload-fixtures.js'

let t: TestApp
let codeA: string
let codeB: string
beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-09-30T02:00:00Z') })
  const files = { pdf: await pdfBytes(), png: pngBytes() }
  codeA = await submitApplication(t.app, files)
  codeB = await submitApplication(t.app, files)
})
afterAll(() => t.close())

/** A well-formed code (valid check character) that no application has. */
const unknownCode = () => formatTrackingCode(generateTrackingCode())
const errorOf = (html: string) => /<a href="#field-(?:code|digits)">([^<]*)<\/a>/.exec(html)?.[1]

describe('looking up progress', () => {
  it('shows the status after code and the last four digits, and logs out', async () => {
    const browser = new TestBrowser(t.app)
    const res = await browser.post('/track', {
      code: codeA.toLowerCase().replace(/-/g, ' '),
      digits: '5678',
    })
    expect(res.headers.get('location')).toBe('/track/status')
    const html = await (await browser.get('/track/status')).text()
    expect(h1Of(html)).toBe('办理进度')
    expect(html).toContain('已收件，待受理')
    expect(html).toContain(codeA)
    expect(html).toContain('执行裁定书.pdf')
    expect(html).not.toMatch(/前置程序未穷尽|flags|11010519491231002X|13812345678/)
    const receipt = await browser.get('/track/receipt')
    expect(
      (await pdfText(new Uint8Array(await receipt.arrayBuffer()))).replace(/\s/g, ''),
    ).toContain(codeA)
    await browser.post('/track/logout', {})
    expect((await browser.get('/track/status')).headers.get('location')).toBe('/track?expired=1')
  })

  it('answers wrong digits and an unknown code the same way', async () => {
    const browser = new TestBrowser(t.app)
    const wrong = await browser.post('/track', { code: codeA, digits: '0000' })
    const unknown = await browser.post('/track', { code: unknownCode(), digits: '5678' })
    expect(wrong.status).toBe(422)
    expect(unknown.status).toBe(wrong.status)
    expect(errorOf(await wrong.text())).toBe(errorOf(await unknown.text()))
  })

  it('locks a code after 5 failures, even for the right digits, until 30 minutes have passed', async () => {
    const browser = new TestBrowser(t.app)
    for (let i = 0; i < 5; i++) await browser.post('/track', { code: codeB, digits: '1111' })
    const refused = await browser.post('/track', { code: codeB, digits: '5678' })
    expect(refused.status).toBe(429)
    const lock = await refused.text()
    expect(lock).toMatch(
      /class="notice" role="status">\s*<p>为保护您的信息[^<]*查询已暂停[^<]*拨打本院电话/,
    )
    expect(errorOf(lock)).toBeUndefined()
    t.clock.advance(31 * 60_000)
    expect(
      (await browser.post('/track', { code: codeB, digits: '5678' })).headers.get('location'),
    ).toBe('/track/status')
  })

  it('limits one address across codes', async () => {
    // app.request() has no peer address: all these share the key "unknown", like one client.
    const browser = new TestBrowser(t.app)
    let last = 0
    for (let i = 0; i < 31; i++)
      last = (await browser.post('/track', { code: unknownCode(), digits: `${1000 + i}` })).status
    expect(last).toBe(429)
    t.clock.advance(16 * 60_000)
  })

  it('ends a session after 30 idle minutes, and a session reaches only its own application', async () => {
    const browser = new TestBrowser(t.app)
    await browser.post('/track', { code: codeA, digits: '5678' })
    const page = await (await browser.get('/track/status')).text()
    expect(page).toContain(codeA)
    expect(page).not.toContain(codeB)
    t.clock.advance(29 * 60_000)
    expect((await browser.get('/track/status')).status).toBe(200)
    t.clock.advance(31 * 60_000)
    expect((await browser.get('/track/status')).headers.get('location')).toBe('/track?expired=1')
  })

  it('refuses a filled honeypot and malformed input with clear messages', async () => {
    const browser = new TestBrowser(t.app)
    expect(
      (await browser.post('/track', { code: codeA, digits: '5678', website: 'x' })).status,
    ).toBe(422)
    const digits = await browser.post('/track', { code: codeA, digits: '56' })
    expect(await digits.text()).toContain('请输入手机号码的后 4 位数字')
    const code = await browser.post('/track', { code: 'ABCD-EFGH', digits: '5678' })
    expect(errorOf(await code.text())).toContain('查询码应为 12 位')
  })

  it('gives the honeypot and wrong digits the one neutral message, and takes full-width digits', async () => {
    const browser = new TestBrowser(t.app)
    const generic = '查询码或手机号码后 4 位不正确，请核对后重试'
    const bot = await browser.post('/track', { code: codeA, digits: '5678', website: 'x' })
    expect(errorOf(await bot.text())).toBe(generic)
    // the honeypot is answered before the digits are checked, so a bot learns nothing from them
    const badBot = await browser.post('/track', { code: codeA, digits: '56', website: 'x' })
    expect(badBot.status).toBe(422)
    expect(errorOf(await badBot.text())).toBe(generic)
    const wrong = await browser.post('/track', { code: codeA, digits: ' 0000 ' })
    expect(wrong.status).toBe(422)
    expect(errorOf(await wrong.text())).toBe(generic)
    const digits = await browser.post('/track', { code: codeA, digits: '56' })
    expect(digits.status).toBe(422)
    expect(errorOf(await digits.text())).toBe('请输入手机号码的后 4 位数字')
    const wide = await browser.post('/track', { code: codeA, digits: '５６７８' })
    expect(wide.headers.get('location')).toBe('/track/status')
  })
})

describe('withdrawing', () => {
  it('asks for confirmation, records, audits and emails the withdrawal; a second one is refused', async () => {
    const browser = new TestBrowser(t.app)
    await browser.post('/track', { code: codeA, digits: '5678' })
    expect(await (await browser.get('/track/status')).text()).toContain('href="/track/withdraw"')
    const unconfirmed = await browser.post('/track/withdraw', {})
    expect(unconfirmed.status).toBe(422)
    const unconfirmedHtml = await unconfirmed.text()
    expect(unconfirmedHtml).toContain('请勾选“我确认撤回这件申请”')
    expect(unconfirmedHtml).toContain('<title>错误：撤回申请 - ')
    const done = await browser.post('/track/withdraw', { confirm: 'yes' })
    expect(done.headers.get('location')).toBe('/track/status')
    const page = await (await browser.get('/track/status')).text()
    expect(page).toContain('当前状态：已撤回')
    expect(page).toContain('撤回申请：已撤回')
    expect(page).not.toContain('href="/track/withdraw"')

    const app = await applicationOf(t.db.db, codeA, ['id', 'stage', 'version'])
    expect(app).toMatchObject({ stage: 'withdrawn', version: 2 })
    const audit = await t.db.db
      .selectFrom('audit_events')
      .select(['action', 'actor_type'])
      .where('object_id', '=', app.id)
      .orderBy('id')
      .execute()
    expect(audit.map((a) => a.action)).toEqual(['application.submit', 'application.withdraw'])
    const mail = await t.db.db
      .selectFrom('outbox_messages')
      .select(['subject', 'text_body'])
      .where('message_key', '=', `stage-change:${app.id}:2`)
      .executeTakeFirstOrThrow()
    expect(mail.subject).toContain(codeA)
    expect(mail.text_body).toContain('已撤回')

    const again = await browser.post('/track/withdraw', { confirm: 'yes' })
    expect(again.status).toBe(409)
    expect(await again.text()).toContain('当前状态为“已撤回”，不能撤回申请')
    const { changeStage } = await import('../../src/workflow/stage-change.service.js')
    // the service throws a domain failure; toAppError is what the error page makes of it
    await expect(
      changeStage(t.deps, {
        applicationId: app.id,
        action: 'withdraw',
        actor: { type: 'applicant', roles: ['applicant'] },
      }).catch(toAppError),
    ).resolves.toMatchObject({ status: 409, message: '当前状态为“已撤回”，不能撤回申请。' })
    await expect(
      changeStage(t.deps, {
        applicationId: app.id,
        action: 'close',
        actor: { type: 'staff', roles: ['reviewer'] },
        expectedVersion: 1,
      }).catch(toAppError),
    ).resolves.toMatchObject({ status: 409 })
  })
})
