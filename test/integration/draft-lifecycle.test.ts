import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { runMaintenance } from '../../src/maintenance/maintenance-job.js'
import { completeWizard, SELF_CHECK, TestBrowser, VALID_STEPS } from '../helpers/applicant.js'
import { deliverOutbox } from '../helpers/deliver-outbox.js'
import { startSmtpInbox, type SmtpInbox } from '../helpers/smtp-inbox.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { pdfBytes, pngBytes } from '../helpers/upload-fixtures.js'

/** Issue 12 F8 (draft fixation), F9 (the draft after submission), F10 (tokens in sent mail). */

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
beforeEach(() => {
  inbox.messages.length = 0
})

const steps = (upTo: string) => VALID_STEPS.slice(0, VALID_STEPS.findIndex(([s]) => s === upTo) + 1)

/** A draft whose contact step gave `email`; returns its browser and the emailed resume link. */
async function draftWithLink(email: string): Promise<{ owner: TestBrowser; link: string }> {
  const owner = new TestBrowser(t.app)
  await owner.post('/apply/start', SELF_CHECK)
  for (const [step, fields] of steps('contact'))
    await owner.post(`/apply/step/${step}`, step === 'contact' ? { ...fields, email } : fields)
  await deliverOutbox(t, inbox)
  const mail = await inbox.waitFor(
    (m) => m.to !== undefined && JSON.stringify(m.to).includes(email),
  )
  const link = /(\/apply\/resume\?t=[\w-]{43})/.exec(mail.text ?? '')![1]!
  return { owner, link }
}

describe('F8: a resume link is bound to the address it was sent to', () => {
  it('asks for that address, and refuses another with 422, opening nothing', async () => {
    const { link } = await draftWithLink('attacker@example.org')
    const victim = new TestBrowser(t.app)
    const page = await victim.get(link)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('请输入收到这个链接的电子邮箱')
    expect(victim.cookies.has('zj_draft')).toBe(false)
    const t_ = new URL(link, 'http://x').searchParams.get('t')!
    const wrong = await victim.post('/apply/resume', { t: t_, email: 'victim@example.cn' })
    expect(wrong.status).toBe(422)
    expect(await wrong.text()).toContain('与收到继续填写链接的电子邮箱不一致')
    expect(victim.cookies.has('zj_draft')).toBe(false)
  })

  it('gives the browser that proves it a new key; the old key and the link stop working', async () => {
    const { owner, link } = await draftWithLink('Zhang.XiuYing@example.cn')
    const other = new TestBrowser(t.app)
    const t_ = new URL(link, 'http://x').searchParams.get('t')!
    const ok = await other.post('/apply/resume', { t: t_, email: ' zhang.xiuying@example.cn ' })
    expect(ok.headers.get('location')).toBe('/apply/continue')
    const person = await (await other.get('/apply/step/person')).text()
    expect(person).toContain('11010519491231002X')
    // whoever started the draft (and planted the link) no longer reaches it
    expect((await owner.get('/apply/step/person')).headers.get('location')).toBe('/apply?expired=1')
    // a link works once
    const again = await new TestBrowser(t.app).post('/apply/resume', {
      t: t_,
      email: 'zhang.xiuying@example.cn',
    })
    expect(again.headers.get('location')).toBe('/apply?expired=1')
  })
})

describe('F9 and F10: after submission', () => {
  it('keeps no answers or file rows, a session cookie for an hour, and no token in sent mail', async () => {
    const files = { pdf: await pdfBytes(), png: pngBytes() }
    const browser = new TestBrowser(t.app)
    // the test clock is fixed, so every draft has the same created_at: find this one as the new row
    const draftIds = async () =>
      (await t.db.db.selectFrom('application_drafts').select('id').execute()).map((r) => r.id)
    const before = new Set(await draftIds())
    await browser.post('/apply/start', SELF_CHECK)
    const cookieBefore = browser.cookies.get('zj_draft')
    for (const [step, fields] of VALID_STEPS) await browser.post(`/apply/step/${step}`, fields)
    const created = (await draftIds()).filter((id) => !before.has(id))
    expect(created).toHaveLength(1)
    const draftId = created[0]!
    const submittedRes = { setCookie: '' }
    const originalPost = browser.post.bind(browser)
    browser.post = async (path, fields) => {
      const res = await originalPost(path, fields)
      if (path === '/apply/submit') submittedRes.setCookie = res.headers.get('set-cookie') ?? ''
      return res
    }
    await completeWizard(browser, files, [])
    expect(browser.cookies.get('zj_draft')).toBe(cookieBefore)
    // session cookie: no Max-Age, gone when the browser closes
    expect(submittedRes.setCookie).toMatch(/^zj_draft=/)
    expect(submittedRes.setCookie).not.toMatch(/max-age|expires/i)

    const row = await t.db.db
      .selectFrom('application_drafts')
      .select(['answers_encrypted', 'application_id', 'resume_token_hash', 'expires_at'])
      .where('id', '=', draftId)
      .executeTakeFirstOrThrow()
    expect(row.application_id).not.toBeNull()
    expect(t.deps.fieldCrypto.decrypt(row.answers_encrypted)).toBe('{}')
    expect(row.resume_token_hash).toBeNull()
    const fileRows = await t.db.db
      .selectFrom('draft_files')
      .select('id')
      .where('draft_id', '=', draftId)
      .execute()
    expect(fileRows).toEqual([])
    expect((await browser.get('/apply/confirmation')).status).toBe(200)

    // F10: the resume email went out with its link; the stored row keeps no token.
    await deliverOutbox(t, inbox, { untilEmpty: true })
    const resume = await inbox.waitFor((m) => (m.subject ?? '').includes('继续填写'))
    expect(resume.text).toMatch(/resume\?t=[\w-]{43}/)
    const stored = await t.db.db
      .selectFrom('outbox_messages')
      .select(['text_body', 'status'])
      .where('kind', '=', 'draft_resume')
      .execute()
    expect(stored.length).toBeGreaterThan(0)
    for (const m of stored) {
      expect(m.status).toBe('sent')
      expect(m.text_body).not.toMatch(/t=[\w-]{20,}/)
      expect(m.text_body).toContain('t=(已失效)')
    }

    // An hour later the token opens nothing, and housekeeping removes the row.
    t.clock.advance(3600 * 1000)
    expect((await browser.get('/apply/confirmation')).headers.get('location')).toBe('/apply')
    expect((await browser.get('/apply/receipt')).headers.get('location')).toBe('/apply')
    await runMaintenance(t.deps)
    const left = await t.db.db
      .selectFrom('application_drafts')
      .select('id')
      .where('id', '=', draftId)
      .execute()
    expect(left).toEqual([])
  })
})
