import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { submitApplication, TestBrowser } from '../helpers/applicant.js'
import { deliverOutbox } from '../helpers/deliver-outbox.js'
import { startSmtpInbox, type SmtpInbox } from '../helpers/smtp-inbox.js'
import { LOST_CODE_LIMIT, recoverCodes } from '../../src/tracking/lost-code.service.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { pdfBytes, pngBytes } from '../helpers/upload-fixtures.js'

let t: TestApp
let inbox: SmtpInbox
let code: string
beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-09-30T02:00:00Z') })
  inbox = await startSmtpInbox()
  code = await submitApplication(t.app, { pdf: await pdfBytes(), png: pngBytes() })
})
afterAll(async () => {
  await inbox.stop()
  await t.close()
})

describe('lost tracking code', () => {
  it('sends the code to the registered address, never onto the page', async () => {
    await deliverOutbox(t, inbox) // the resume link and the receipt of the submission
    const before = inbox.messages.length
    const browser = new TestBrowser(t.app)
    const res = await browser.post('/track/lost', {
      mobile: '138 1234 5678',
      idNumber: '11010519491231002x',
    })
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('如果您填写的信息与申请时登记的一致')
    expect(html).not.toContain(code)
    expect(await deliverOutbox(t, inbox)).toBe(1)
    const mail = inbox.messages[before]!
    expect(mail.subject).toContain('查询码')
    expect(mail.text).toContain(code)
  })

  it('gives the same answer when nothing matches, and sends nothing', async () => {
    const browser = new TestBrowser(t.app)
    const res = await browser.post('/track/lost', {
      mobile: '13900000000',
      idNumber: '440524188001010014',
    })
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('如果您填写的信息与申请时登记的一致')
    expect(await deliverOutbox(t, inbox)).toBe(0)
  })

  it('checks the format and limits requests per address', async () => {
    const browser = new TestBrowser(t.app)
    const bad = await browser.post('/track/lost', { mobile: '123', idNumber: '' })
    expect(bad.status).toBe(422)
    const html = await bad.text()
    expect(html).toContain('请填写证件号码')
    expect(html).toContain('<title>错误：找回查询码 - ')
    expect(html).toContain('<a href="#field-mobile">')
    // a filled honeypot wins over the format checks: the neutral answer, nothing counted or sent
    const bot = await browser.post('/track/lost', { mobile: '123', idNumber: '', website: 'x' })
    expect(bot.status).toBe(200)
    expect(await bot.text()).toContain('如果您填写的信息与申请时登记的一致')
    let status = 0
    for (let i = 0; i < 5; i++)
      status = (await browser.post('/track/lost', { mobile: '13900000000', idNumber: 'X' })).status
    expect(status).toBe(429)
    t.clock.advance(61 * 60_000)
    expect(
      (await browser.post('/track/lost', { mobile: '13900000000', idNumber: 'X' })).status,
    ).toBe(200)
  })

  it('keeps to 5 per address under a burst of 40 concurrent requests (F19)', async () => {
    const burst = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        recoverCodes(t.deps, {
          mobile: '13900000000',
          idNumber: `44052418800101${String(i).padStart(4, '0')}`,
          ip: '203.0.113.19',
        }),
      ),
    )
    expect(burst.filter((r) => r.ok)).toHaveLength(LOST_CODE_LIMIT.requests)
    const refused = burst.find((r) => !r.ok)
    expect(refused).toEqual({
      ok: false,
      lockedUntil: new Date(t.clock.now().getTime() + 3600_000),
    })
  })

  it('does the same database work whether or not the pair matched (F19)', async () => {
    const statements = async (idNumber: string, ip: string) => {
      const seen: string[] = []
      const db = t.deps.db.withPlugin({
        transformQuery: (args) => (seen.push(args.node.kind), args.node),
        transformResult: async (args) => args.result,
      })
      const result = await recoverCodes({ ...t.deps, db }, { mobile: '13812345678', idNumber, ip })
      expect(result.ok).toBe(true)
      return seen
    }
    const matched = await statements('11010519491231002X', '203.0.113.20')
    const unmatched = await statements('440524188001010014', '203.0.113.21')
    expect(matched).toEqual(unmatched)
    expect(matched).toHaveLength(3)
  })
})
