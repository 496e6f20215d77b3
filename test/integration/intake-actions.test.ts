import type { ParsedMail } from 'mailparser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findOpenClocks } from '../../src/deadlines/clock.repository.js'
import { expireSupplements } from '../../src/supplements/supplement.service.js'
import { applicationOf, submitApplication, TestBrowser } from '../helpers/applicant.js'
import { deliverOutbox } from '../helpers/deliver-outbox.js'
import { compact, pdfText } from '../helpers/pdf-text.js'
import { startSmtpInbox, type SmtpInbox } from '../helpers/smtp-inbox.js'
import { signedInStaff, type TestStaff } from '../helpers/staff.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { pdfBytes, pngBytes } from '../helpers/upload-fixtures.js'

/** The four intake decisions through the staff forms (docs/product.md §9), each with its notice (docs/product.md §10). */
let t: TestApp
let inbox: SmtpInbox
let intake: { staff: TestStaff; browser: TestBrowser }
beforeAll(async () => {
  // Monday 2 November 2026, 10:00 in Beijing.
  t = await createTestApp({ now: new Date('2026-11-02T02:00:00Z') })
  inbox = await startSmtpInbox()
  intake = await signedInStaff(t.app, t.deps, ['intake'])
})
afterAll(async () => {
  await inbox.stop()
  await t.close()
})

async function newApplication() {
  const code = await submitApplication(t.app, { pdf: await pdfBytes(), png: pngBytes() })
  const row = await applicationOf(t.db.db, code, ['id', 'version'])
  return { code, id: row.id, version: String(row.version) }
}

const actionUrl = (id: string, action: string) => `/staff/applications/${id}/actions/${action}`

async function applicantPage(code: string): Promise<{ browser: TestBrowser; page: string }> {
  const browser = new TestBrowser(t.app)
  await browser.post('/track', { code, digits: '5678' })
  return { browser, page: await (await browser.get('/track/status')).text() }
}

/** The notice the applicant downloads from the status page, as text. */
async function downloadedNotice(code: string, title: string) {
  const { browser, page } = await applicantPage(code)
  const link = new RegExp(`href="(/track/documents/[0-9a-f-]+)">${title}（([^，]+)，`).exec(page)
  expect(link, `${title} listed on the status page`).not.toBeNull()
  const res = await browser.get(link![1]!)
  expect(res.headers.get('content-type')).toBe('application/pdf')
  return {
    number: link![2]!,
    text: compact(await pdfText(new Uint8Array(await res.arrayBuffer()))),
  }
}

async function deliverMail(code: string): Promise<ParsedMail> {
  await deliverOutbox(t, inbox)
  const mails = inbox.messages.filter(
    (m) => (m.subject ?? '').includes(code) && (m.subject ?? '').includes('：您的执行监督申请'),
  )
  expect(mails.filter((m) => m.attachments.length > 0)).toHaveLength(1)
  return mails.find((m) => m.attachments.length > 0)!
}

async function auditActions(id: string) {
  const rows = await t.db.db
    .selectFrom('audit_events')
    .select(['action', 'actor_id', 'details'])
    .where('object_id', '=', id)
    .where('action', 'in', [
      'notice.issue',
      'application.accept',
      'application.not_accept',
      'application.refer',
      'application.request_supplement',
    ])
    .orderBy('occurred_at')
    .orderBy('id')
    .execute()
  return rows
}

async function stageOf(id: string) {
  const row = await t.db.db
    .selectFrom('applications')
    .select(['stage', 'version'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow()
  return row
}

async function expectNoticeMail(code: string, number: string, heading: string) {
  const mail = await deliverMail(code)
  expect(mail.text).toContain(`《${heading}》（${number}）`)
  const [attachment] = mail.attachments
  expect(attachment!.filename).toBe(`${heading}（${number}）.pdf`)
  expect(attachment!.contentType).toBe('application/pdf')
  expect(compact(await pdfText(new Uint8Array(attachment!.content)))).toContain(number)
}

describe('受理', () => {
  it('shows the form with the version, accepts, issues 受理通知书 and emails it once', async () => {
    const a = await newApplication()
    const form = await intake.browser.get(actionUrl(a.id, 'accept'))
    expect(form.status).toBe(200)
    const html = await form.text()
    expect(html).toContain(`name="version" value="${a.version}"`)
    expect(html).toContain('张秀英')

    const res = await intake.browser.post(actionUrl(a.id, 'accept'), { version: a.version })
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe(`/staff/applications/${a.id}?done=accept`)

    const { page } = await applicantPage(a.code)
    expect(page).toContain('当前状态：已受理')
    const notice = await downloadedNotice(a.code, '受理通知书')
    expect(notice.number).toMatch(/^卫东检民执监受〔2026〕[1-9]\d*号$/)
    for (const s of [notice.number, '张秀英：', a.code, '（2023）豫0403执123号', '本院决定受理']) {
      expect(notice.text).toContain(s)
    }
    expect(notice.text).toContain('申请回避')
    // the 受理通知书 clock stopped; review and the 移送 of 规则 第三十四条 run
    expect((await findOpenClocks(t.db.db, a.id)).map((c) => c.kind).sort()).toEqual([
      'civil_referral',
      'review',
    ])

    await expectNoticeMail(a.code, notice.number, '受理通知书')
    const audit = await auditActions(a.id)
    expect(audit.map((r) => [r.action, r.actor_id])).toEqual([
      ['notice.issue', intake.staff.id],
      ['application.accept', intake.staff.id],
    ])
    expect(audit[0]!.details).toMatchObject({ kind: 'acceptance_notice', number: notice.number })
  })

  it('refuses a stale page with 409 and the current stage, changing nothing', async () => {
    const a = await newApplication()
    const stale = String(Number(a.version) - 1)
    const res = await intake.browser.post(actionUrl(a.id, 'accept'), { version: stale })
    expect(res.status).toBe(409)
    expect(await res.text()).toContain('当前状态为“已收件，待受理”')
    expect(await stageOf(a.id)).toEqual({ stage: 'submitted', version: Number(a.version) })
    expect(await auditActions(a.id)).toEqual([])
    const docs = await t.db.db
      .selectFrom('issued_documents')
      .select('id')
      .where('application_id', '=', a.id)
      .execute()
    expect(docs).toEqual([])
  })

  it('refuses a reviewer (403) and an action the stage does not allow (409)', async () => {
    const a = await newApplication()
    const reviewer = await signedInStaff(t.app, t.deps, ['reviewer'])
    const forbidden = await reviewer.browser.post(actionUrl(a.id, 'accept'), { version: a.version })
    expect(forbidden.status).toBe(403)
    expect((await stageOf(a.id)).stage).toBe('submitted')

    await intake.browser.post(actionUrl(a.id, 'accept'), { version: a.version })
    const { version } = await stageOf(a.id)
    const again = await intake.browser.post(actionUrl(a.id, 'accept'), { version: String(version) })
    expect(again.status).toBe(409)
    expect(await again.text()).toContain('当前状态为“已受理”，不能受理')
    const refuse = await intake.browser.get(actionUrl(a.id, 'not_accept'))
    expect(refuse.status).toBe(409)
  })
})

describe('不予受理', () => {
  it('requires grounds and an explanation (422, nothing changed), then issues the notice', async () => {
    const a = await newApplication()
    const bad = await intake.browser.post(actionUrl(a.id, 'not_accept'), {
      version: a.version,
      explanation: '太短',
    })
    expect(bad.status).toBe(422)
    const html = await bad.text()
    expect(html).toContain('请至少选择一项不予受理的理由')
    expect(html).toContain('请具体说明不予受理的理由（至少 10 个字）')
    expect(html).toContain('太短')
    expect(await stageOf(a.id)).toEqual({ stage: 'submitted', version: Number(a.version) })
    expect(await auditActions(a.id)).toEqual([])

    const explanation = '申请人对执行法院的查封行为未向法院提出执行异议，也未说明正当理由。'
    const res = await intake.browser.post(actionUrl(a.id, 'not_accept'), {
      version: a.version,
      grounds: ['no_prior_remedy', 'other'],
      explanation,
    })
    expect(res.status).toBe(303)
    expect((await applicantPage(a.code)).page).toContain('当前状态：不予受理')
    const notice = await downloadedNotice(a.code, '不予受理通知书')
    expect(notice.number).toMatch(/^卫东检民执监不受〔2026〕[1-9]\d*号$/)
    expect(notice.text).toContain('没有提出异议、申请复议或者提起诉讼')
    expect(notice.text).toContain(compact(explanation))
    expect(notice.text).toContain('本院决定不予受理')
    // 规则 第二十八条、第三十二条第（四）项, and the remedy of 第三十一条 with the configured 上一级院
    expect(notice.text).toContain(
      compact('依照《人民检察院民事诉讼监督规则》第二十八条第一款、第三十二条第（四）项的规定'),
    )
    expect(notice.text).toContain(
      compact(
        '可以向上一级人民检察院（平顶山市人民检察院）申请监督（《人民检察院民事诉讼监督规则》第三十一条）',
      ),
    )
    expect(notice.text).toContain('你没有提出异议')
    expect(notice.text).not.toContain('有关规定')
    await expectNoticeMail(a.code, notice.number, '不予受理通知书')
    expect((await auditActions(a.id)).map((r) => r.action)).toEqual([
      'notice.issue',
      'application.not_accept',
    ])
  })
})

describe('不予受理 versus 告知 (规则 第三十二条)', () => {
  it('offers no jurisdiction or remit ground for 不予受理: those cases are 告知', async () => {
    const a = await newApplication()
    const form = await (await intake.browser.get(actionUrl(a.id, 'not_accept'))).text()
    expect(form).not.toContain('不属于本院管辖')
    expect(form).not.toContain('不属于执行监督范围')
    for (const ground of ['not_jurisdiction', 'out_of_scope']) {
      const res = await intake.browser.post(actionUrl(a.id, 'not_accept'), {
        version: a.version,
        grounds: ground,
        explanation: '执行法院不在本院管辖范围内，应当向有关检察院申请。',
      })
      expect(res.status).toBe(422)
      expect(await res.text()).toContain('请选择列出的不予受理理由')
    }
    expect(await applicationOf(t.db.db, a.code, ['stage'])).toMatchObject({ stage: 'submitted' })
    const refer = await (await intake.browser.get(actionUrl(a.id, 'refer'))).text()
    expect(refer).toContain('不属于本院受理案件范围：告知向有关人民检察院申请监督')
    expect(refer).toContain('不属于人民检察院主管范围：告知向有关机关反映')
  })

  it('tells an applicant whose matter is no procuratorate’s to turn to the organ (第（三）项)', async () => {
    const a = await newApplication()
    const res = await intake.browser.post(actionUrl(a.id, 'refer'), {
      version: a.version,
      route: 'organ',
      organ: '平顶山市卫东区住房和城乡建设局',
      reason: '所反映的是房屋征收补偿款的发放问题，不是人民法院的执行活动。',
    })
    expect(res.status).toBe(303)
    const notice = await downloadedNotice(a.code, '告知书')
    expect(notice.text).toContain('该申请反映的事项不属于人民检察院主管范围')
    expect(notice.text).toContain(
      compact('第三十二条第（三）项的规定，特告知你向平顶山市卫东区住房和城乡建设局反映'),
    )
  })
})

describe('告知', () => {
  it('requires the organ, then issues 告知书 naming it', async () => {
    const a = await newApplication()
    const bad = await intake.browser.post(actionUrl(a.id, 'refer'), { version: a.version })
    expect(bad.status).toBe(422)
    const badHtml = await bad.text()
    expect(badHtml).toContain('请填写应当向哪个检察院或机关反映')
    expect(badHtml).toContain('请选择告知的情形')
    const res = await intake.browser.post(actionUrl(a.id, 'refer'), {
      version: a.version,
      route: 'procuratorate',
      organ: '平顶山市人民检察院',
      reason: '该执行案件的执行法院为平顶山市中级人民法院，依照同级管辖的规定不属于本院管辖。',
    })
    expect(res.status).toBe(303)
    expect((await applicantPage(a.code)).page).toContain('当前状态：已告知向有管辖权机关反映')
    const notice = await downloadedNotice(a.code, '告知书')
    expect(notice.number).toMatch(/^卫东检民执监告〔2026〕[1-9]\d*号$/)
    // 规则 第三十二条第（二）项: another procuratorate's case is 告知, not 不予受理
    expect(notice.text).toContain('该申请不属于本院受理案件范围')
    expect(notice.text).toContain(
      compact(
        '依照《人民检察院民事诉讼监督规则》第三十二条第（二）项的规定，特告知你向平顶山市人民检察院申请监督',
      ),
    )
    expect(notice.text).toContain('平顶山市中级人民法院')
    await expectNoticeMail(a.code, notice.number, '告知书')
    expect((await auditActions(a.id)).map((r) => r.action)).toEqual([
      'notice.issue',
      'application.refer',
    ])
  })
})

describe('补正', () => {
  it('needs at least one item and a period of 1–60 days, then lists every item in one notice', async () => {
    const a = await newApplication()
    const empty = await intake.browser.post(actionUrl(a.id, 'request_supplement'), {
      version: a.version,
    })
    expect(empty.status).toBe(422)
    expect(await empty.text()).toContain('请至少选择一项需要补正的材料')
    const long = await intake.browser.post(actionUrl(a.id, 'request_supplement'), {
      version: a.version,
      items: 'identity',
      days: '61',
    })
    expect(long.status).toBe(422)
    expect(await long.text()).toContain('补正期限请填写 1 至 60 之间的整数天数')
    expect((await stageOf(a.id)).stage).toBe('submitted')

    const res = await intake.browser.post(actionUrl(a.id, 'request_supplement'), {
      version: a.version,
      items: ['identity', 'legal_documents'],
      detail_identity: '请提交身份证正反面',
      extra_1: '终结本次执行程序裁定书',
      days: '15',
    })
    expect(res.status).toBe(303)
    const { page } = await applicantPage(a.code)
    expect(page).toContain('当前状态：待补正')
    expect(page).toContain('终结本次执行程序裁定书')
    const notice = await downloadedNotice(a.code, '补正通知书')
    expect(notice.number).toMatch(/^卫东检民执监补〔2026〕[1-9]\d*号$/)
    for (const s of [
      '1.身份证明（请提交身份证正反面）',
      '2.相关法律文书（执行裁定书、决定书等）',
      '3.终结本次执行程序裁定书',
      '自收到本通知书之日起15日内',
      '第二十一条',
      '视为撤回监督申请',
    ]) {
      expect(notice.text).toContain(s)
    }
    await expectNoticeMail(a.code, notice.number, '补正通知书')
    expect((await auditActions(a.id)).map((r) => r.action)).toEqual([
      'notice.issue',
      'application.request_supplement',
    ])

    // Nobody answers: after the deadline the job deems it withdrawn and tells the applicant.
    t.clock.advance(17 * 24 * 3600_000)
    expect(await expireSupplements(t.deps)).toBeGreaterThanOrEqual(1)
    expect((await stageOf(a.id)).stage).toBe('deemed_withdrawn')
    await deliverOutbox(t, inbox)
    const last = inbox.messages.filter((m) => (m.subject ?? '').includes(a.code)).at(-1)!
    expect(last.text).toContain('视为撤回')
  })
})

describe('the confirmation after each intake decision', () => {
  // signed in afresh: the 补正 test above moves the clock past its session's lifetime
  let desk: { browser: TestBrowser }
  beforeAll(async () => {
    desk = await signedInStaff(t.app, t.deps, ['intake'])
  })
  const banner = (html: string) =>
    /<div class="notice" role="status">\s*<p>([^<]*)<\/p>/.exec(html)?.[1]

  it.each<{ action: string; form: Record<string, string>; text: string }>([
    {
      action: 'request_supplement',
      form: { items: 'identity', days: '15' },
      text: '已要求补正，补正通知书已发给申请人。补正期限见“期限”。',
    },
    {
      action: 'accept',
      form: {},
      text: '已受理，受理通知书已发给申请人。三个月的审查期限开始计算，见“期限”。',
    },
    {
      action: 'not_accept',
      form: { grounds: 'no_prior_remedy', explanation: '申请人未向人民法院提出异议、复议。' },
      text: '已决定不予受理，不予受理通知书已发给申请人。',
    },
    {
      action: 'refer',
      form: {
        route: 'procuratorate',
        organ: '平顶山市人民检察院',
        reason: '该执行案件不属于本院管辖，应由上级院办理。',
      },
      text: '已告知申请人向有管辖权的机关反映，告知书已发给申请人。',
    },
  ])('$action goes back to the application page, which says what was done', async (c) => {
    const a = await newApplication()
    expect(banner(await (await desk.browser.get(`/staff/applications/${a.id}`)).text())).toBe(
      undefined,
    )
    const res = await desk.browser.post(actionUrl(a.id, c.action), {
      version: a.version,
      ...c.form,
    })
    expect(res.status).toBe(303)
    const location = res.headers.get('location')!
    expect(location).toBe(`/staff/applications/${a.id}?done=${c.action}`)
    const page = await desk.browser.get(location)
    expect(page.status).toBe(200)
    // the confirmation names the notice's number (issue 13)
    expect(banner(await page.text())).toMatch(
      new RegExp(`^${c.text}文书编号：\\S+〔2026〕\\d+号。$`),
    )
  })
})
