import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applicationOf, completeWizard, SELF_CHECK } from '../helpers/applicant.js'
import { deliverOutbox } from '../helpers/deliver-outbox.js'
import { h1Of } from '../helpers/http.js'
import { pdfText } from '../helpers/pdf-text.js'
import { startSmtpInbox, type SmtpInbox } from '../helpers/smtp-inbox.js'
import { signedInStaff } from '../helpers/staff.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { pdfBytes, pngBytes } from '../helpers/upload-fixtures.js'

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

describe('counter intake (docs/product.md §8)', () => {
  it('lets intake staff enter an application through the same wizard, recorded as a counter one', async () => {
    const { staff, browser } = await signedInStaff(t.app, t.deps, ['intake'])
    const page = await browser.get('/staff/counter')
    expect(h1Of(await page.text())).toBe('窗口代为录入申请')
    const start = await browser.post('/staff/counter', SELF_CHECK)
    expect(start.status).toBe(303)
    expect(start.headers.get('location')).toMatch(/^\/apply\/step\//)

    const code = await completeWizard(browser, { pdf: await pdfBytes(), png: pngBytes() })
    const app = await applicationOf(t.db.db, code, ['id', 'channel', 'entered_by', 'stage'])
    expect(app).toMatchObject({ channel: 'counter', entered_by: staff.id, stage: 'submitted' })

    const receipt = await browser.get('/apply/receipt')
    const text = (await pdfText(new Uint8Array(await receipt.arrayBuffer()))).replace(/\s/g, '')
    expect(text).toContain('窗口提交')
    expect(text).toContain(code)

    const audit = await t.db.db
      .selectFrom('audit_events')
      .select(['actor_type', 'actor_id', 'action'])
      .where('action', 'in', ['application.counter_start', 'application.submit'])
      .where('actor_id', '=', staff.id)
      .orderBy('id')
      .execute()
    expect(audit.map((a) => `${a.actor_type}:${a.action}`)).toEqual([
      'staff:application.counter_start',
      'staff:application.submit',
    ])

    // The applicant still gets the confirmation email with the code.
    await deliverOutbox(t, inbox)
    const mail = inbox.messages.find((m) => (m.subject ?? '').includes(code))
    expect(mail?.to).toBeDefined()
    expect(JSON.stringify(mail!.to)).toContain('zhang.xiuying@example.cn')
  })

  it('re-asks unanswered questions and explains when the matter cannot be applied for here', async () => {
    const { browser } = await signedInStaff(t.app, t.deps, ['intake'])
    const missing = await browser.post('/staff/counter', { role: SELF_CHECK.role })
    expect(missing.status).toBe(422)
    const missingHtml = await missing.text()
    expect(h1Of(missingHtml)).toBe('窗口代为录入申请')
    expect(missingHtml).toContain('<title>错误：窗口代为录入申请 - ')
    expect(missingHtml).toContain('<a href="#field-about">请选择您要反映的问题</a>')
    expect(missingHtml).toMatch(new RegExp(`value="${SELF_CHECK.role}"[^>]* checked`))
    const drafts = await t.db.db
      .selectFrom('application_drafts')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('channel', '=', 'counter')
      .executeTakeFirstOrThrow()
    const outOfScope = await browser.post('/staff/counter', { ...SELF_CHECK, about: 'judgment' })
    expect(outOfScope.status).toBe(200)
    expect(await outOfScope.text()).toContain('class="notice"')
    const after = await t.db.db
      .selectFrom('application_drafts')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('channel', '=', 'counter')
      .executeTakeFirstOrThrow()
    expect(after.n).toBe(drafts.n)
  })

  it('is for intake staff only', async () => {
    const { browser } = await signedInStaff(t.app, t.deps, ['reviewer'])
    expect((await browser.post('/staff/counter', SELF_CHECK)).status).toBe(403)
  })
})
