import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startBackgroundJobs } from '../../src/boot.js'
import { requestSupplement } from '../../src/supplements/supplement.service.js'
import {
  applicationIdOf,
  SELF_CHECK,
  submitApplication,
  TestBrowser,
  VALID_STEPS,
  withContact,
} from '../helpers/applicant.js'
import { auditActionsFor } from '../helpers/audit.js'
import { deliverOutbox } from '../helpers/deliver-outbox.js'
import { compact, pdfText } from '../helpers/pdf-text.js'
import { startSmtpInbox, type SmtpInbox } from '../helpers/smtp-inbox.js'
import { signedInStaff, type TestStaff } from '../helpers/staff.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { pdfBytes, pngBytes } from '../helpers/upload-fixtures.js'

// 规则 第二十一条 with 第一百二十八条 and 民诉法 第九十条: the 补正 period runs from service, and an
// applicant who did not consent to electronic service is served by post before anything can lapse.
let t: TestApp
let inbox: SmtpInbox
let intake: { staff: TestStaff; browser: TestBrowser }
const DAY = 24 * 3600_000
const ITEMS = [{ key: 'ruling', label: '终结本次执行程序裁定书' }]

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-11-02T02:00:00Z') })
  inbox = await startSmtpInbox()
  intake = await signedInStaff(t.app, t.deps, ['intake'])
})
afterAll(async () => {
  await inbox.stop()
  await t.close()
})

const files = async () => ({ pdf: await pdfBytes(), png: pngBytes() })
const POSTAL = { email: '', electronicService: 'no' }

async function supplementFor(steps = VALID_STEPS) {
  const code = await submitApplication(t.app, await files(), steps)
  const id = await applicationIdOf(t.db.db, code)
  await requestSupplement(t.deps, {
    applicationId: id,
    items: ITEMS,
    days: 15,
    staff: { id: intake.staff.id, roles: ['intake'] },
  })
  const notice = await t.db.db
    .selectFrom('issued_documents')
    .select(['id', 'issued_at'])
    .where('application_id', '=', id)
    .where('kind', '=', 'supplement_notice')
    .executeTakeFirstOrThrow()
  return { code, id, documentId: notice.id }
}

const request = (id: string) =>
  t.db.db
    .selectFrom('supplement_requests')
    .select(['deadline', 'deadline_explanation', 'expired_at'])
    .where('application_id', '=', id)
    .executeTakeFirstOrThrow()
const stage = async (id: string) =>
  (
    await t.db.db
      .selectFrom('applications')
      .select(['stage', 'version'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
  ).stage
const version = async (id: string) =>
  (
    await t.db.db
      .selectFrom('applications')
      .select('version')
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
  ).version
const services = (id: string) =>
  t.db.db
    .selectFrom('document_services')
    .select(['method', 'served_on', 'served_at', 'tracking_number', 'recorded_by'])
    .where('application_id', '=', id)
    .execute()

function serviceForm(fields: Record<string, string>, file?: File): FormData {
  const form = new FormData()
  for (const [k, v] of Object.entries(fields)) form.append(k, v)
  if (file) form.append('file', file)
  return form
}
const record = (browser: TestBrowser, id: string, form: FormData) =>
  browser.upload(`/staff/applications/${id}/actions/record_service`, form)

async function statusPage(code: string): Promise<string> {
  const browser = new TestBrowser(t.app)
  await browser.post('/track', { code, digits: '5678' })
  return (await browser.get('/track/status')).text()
}

async function hourlyJob(): Promise<number> {
  const jobs = startBackgroundJobs(t.deps, { outbox: { poll: false } })
  try {
    return (await jobs.runHourlyNow()).deemedWithdrawn
  } finally {
    await jobs.stop()
  }
}

describe('consent to electronic service in the wizard', () => {
  it('asks the question, refuses a contact page without an answer, and shows it on the check page', async () => {
    const browser = new TestBrowser(t.app)
    await browser.post('/apply/start', SELF_CHECK)
    for (const [step, fields] of VALID_STEPS.slice(0, 2))
      await browser.post(`/apply/step/${step}`, fields)
    const contact = VALID_STEPS.find(([s]) => s === 'contact')![1]
    const page = await (await browser.get('/apply/step/contact')).text()
    expect(page).toContain('是否同意本院通过电子方式（电子邮件、本系统）向您送达法律文书')
    expect(page).toContain('第九十条')
    const { electronicService: _, ...unanswered } = contact
    const refused = await browser.post('/apply/step/contact', unanswered)
    expect(refused.status).toBe(422)
    expect(await refused.text()).toContain('请选择是否同意本院通过电子方式向您送达法律文书')
    for (const [step, fields] of VALID_STEPS.slice(2))
      await browser.post(`/apply/step/${step}`, fields)
    for (const [slot, file] of [
      ['identity', new File([new Uint8Array(pngBytes())], '身份证.png')],
      ['legal_documents', new File([new Uint8Array(await pdfBytes())], '执行裁定书.pdf')],
    ] as const) {
      const form = new FormData()
      form.append(`file-${slot}`, file)
      await browser.upload(`/apply/materials/upload?slot=${slot}`, form)
    }
    await browser.post('/apply/materials', { generateLetter: 'yes' })
    const check = await (await browser.get('/apply/check')).text()
    expect(check).toContain('同意电子送达')
    expect(check).toContain('同意（电子邮件、本系统）')

    const code = await submitApplication(t.app, await files(), withContact(POSTAL))
    const row = await t.db.db
      .selectFrom('applications')
      .select(['electronic_service_consent', 'email'])
      .where('id', '=', await applicationIdOf(t.db.db, code))
      .executeTakeFirstOrThrow()
    expect(row).toEqual({ electronic_service_consent: false, email: null })
  })
})

describe('a 补正 to an applicant served by post', () => {
  it('is not deemed withdrawn until the period from the recorded postal service has ended', async () => {
    const { code, id, documentId } = await supplementFor(withContact(POSTAL))
    expect((await request(id)).deadline).toBeNull()

    const casePage = await (await intake.browser.get(`/staff/applications/${id}`)).text()
    expect(casePage).toContain('补正通知书尚未送达')
    expect(casePage).toContain('不同意电子送达')
    expect(casePage).toContain('<dt>送达地址</dt><dd>河南省平顶山市卫东区*******</dd>')
    expect(casePage).toContain('待送达')
    expect(await statusPage(code)).toContain('自补正通知书送达您之日起计算')

    // Twenty days on, the 15 days counted from issuance would have run out: nothing happens.
    t.clock.advance(20 * DAY)
    expect(await hourlyJob()).toBe(0)
    expect(await stage(id)).toBe('supplement_requested')
    intake = await signedInStaff(t.app, t.deps, ['intake'])

    const envelope = await intake.browser.get(
      `/staff/applications/${id}/service/${documentId}/envelope`,
    )
    expect(envelope.status).toBe(200)
    expect(envelope.headers.get('content-type')).toBe('application/pdf')
    const envelopeText = compact(await pdfText(new Uint8Array(await envelope.arrayBuffer())))
    expect(envelopeText).toContain('张秀英')
    expect(envelopeText).toContain('建设路1号')
    expect(envelopeText).toContain('补正通知书')
    const form = await intake.browser.get(
      `/staff/applications/${id}/service/${documentId}/return-receipt`,
    )
    const formText = compact(await pdfText(new Uint8Array(await form.arrayBuffer())))
    for (const phrase of [
      '送达回证',
      '受送达人',
      '送达方式',
      '送达日期',
      '签名或者盖章',
      '第八十七条',
    ])
      expect(formText).toContain(phrase)
    expect(
      (await auditActionsFor(t.deps, 'application', id)).filter(
        (a) => a === 'application.service_sheet_print:success',
      ),
    ).toHaveLength(2)

    const base = { documentId, method: 'postal', trackingNumber: 'EA123456789CN' }
    const v = String(await version(id))
    for (const [fields, message] of [
      [{ ...base, servedOn: '2026-11-01' }, '送达日期不能早于文书的出具日期（2026-11-02）'],
      [{ ...base, servedOn: '2026-11-23' }, '送达日期不能晚于今天'],
      [{ ...base, trackingNumber: '', servedOn: '2026-11-20' }, '邮寄送达请填写邮件号码'],
      [
        { ...base, method: 'direct', servedOn: '2026-11-20' },
        '直接送达请上传受送达人签名的送达回证扫描件',
      ],
      [
        { ...base, trackingNumber: '12', servedOn: '2026-11-20' },
        '邮件号码应为 8 至 30 位字母或数字',
      ],
    ] as const) {
      const res = await record(intake.browser, id, serviceForm({ version: v, ...fields }))
      expect(res.status).toBe(422)
      expect(await res.text()).toContain(message)
    }
    expect(await services(id)).toEqual([])

    const ok = await record(
      intake.browser,
      id,
      serviceForm({ version: v, ...base, servedOn: '2026-11-20', signedBy: '张秀英' }),
    )
    expect(ok.status).toBe(303)
    // The same page posted again (a double click, a second tab) is refused as stale.
    const again = await record(
      intake.browser,
      id,
      serviceForm({ version: v, ...base, servedOn: '2026-11-20' }),
    )
    expect(again.status).toBe(409)
    expect(await services(id)).toEqual([
      expect.objectContaining({
        method: 'postal',
        served_on: '2026-11-20',
        recorded_by: intake.staff.id,
      }),
    ])
    expect(await auditActionsFor(t.deps, 'application', id)).toContain(
      'application.record_service:success',
    )

    const due = t.deps.calendar.addCalendarDays('2026-11-20', 15).due
    expect((await request(id)).deadline).toBe(due)
    expect((await request(id)).deadline_explanation).toContain('2026年11月20日')
    const [y, m, d] = due.split('-').map(Number)
    expect(await statusPage(code)).toContain(`${y}年${m}月${d}日`)
    const served = await (await intake.browser.get(`/staff/applications/${id}`)).text()
    expect(served).not.toContain('补正通知书尚未送达')
    expect(served).toContain('邮寄送达，2026年11月20日送达；邮件号码 EA123456789CN，签收人 张秀英')

    // The last day counts in full (民诉法 第八十五条); the day after, the application lapses.
    t.clock.set(new Date(`${due}T15:00:00Z`)) // 23:00 in Beijing on the last day
    expect(await hourlyJob()).toBe(0)
    expect(await stage(id)).toBe('supplement_requested')
    t.clock.advance(DAY)
    expect(await hourlyJob()).toBe(1)
    expect(await stage(id)).toBe('deemed_withdrawn')
  })

  it('keeps a refused scan nowhere, and lets only the serving roles record or print', async () => {
    t.clock.set(new Date('2026-12-14T02:00:00Z'))
    intake = await signedInStaff(t.app, t.deps, ['intake']) // the earlier session has lapsed
    const { id, documentId } = await supplementFor(withContact(POSTAL))
    const scan = new File([new Uint8Array(pngBytes())], '送达回证.png')
    const refused = await record(
      intake.browser,
      id,
      serviceForm(
        {
          version: String(await version(id)),
          documentId,
          method: 'direct',
          servedOn: '2026-12-13',
        },
        scan,
      ),
    )
    expect(refused.status).toBe(422)
    expect(await refused.text()).toContain('送达日期不能早于文书的出具日期（2026-12-14）')
    const direct = await record(
      intake.browser,
      id,
      serviceForm(
        {
          version: String(await version(id)),
          documentId,
          method: 'direct',
          servedOn: '2026-12-14',
          signedBy: '张秀英',
        },
        scan,
      ),
    )
    expect(direct.status).toBe(303)
    const rows = await t.db.db
      .selectFrom('document_services')
      .select(['method', 'proof_file_id', 'proof_sha256'])
      .where('application_id', '=', id)
      .execute()
    expect(rows).toEqual([
      {
        method: 'direct',
        proof_file_id: expect.any(String),
        proof_sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
    ])

    const auditor = await signedInStaff(t.app, t.deps, ['auditor'])
    expect(
      (await auditor.browser.get(`/staff/applications/${id}/actions/record_service`)).status,
    ).toBe(403)
    expect(
      (await auditor.browser.get(`/staff/applications/${id}/service/${documentId}/envelope`))
        .status,
    ).toBe(403)
  })
})

describe('electronic service', () => {
  it('is recorded when the SMTP server accepts the email, and the period runs from that day', async () => {
    t.clock.set(new Date('2026-12-21T02:00:00Z'))
    const { id } = await supplementFor()
    expect((await request(id)).deadline).toBeNull()
    t.clock.set(new Date('2026-12-22T03:00:00Z'))
    intake = await signedInStaff(t.app, t.deps, ['intake'])
    await deliverOutbox(t, inbox, { untilEmpty: true })
    expect(await services(id)).toEqual([
      expect.objectContaining({
        method: 'electronic',
        served_on: '2026-12-22',
        served_at: new Date('2026-12-22T03:00:00Z'),
        recorded_by: null,
      }),
    ])
    expect((await request(id)).deadline).toBe(t.deps.calendar.addCalendarDays('2026-12-22', 15).due)
    const casePage = await (await intake.browser.get(`/staff/applications/${id}`)).text()
    expect(casePage).toContain('同意电子送达（电子邮件、本系统）')
    expect(casePage).toContain('电子送达，2026年12月22日送达；邮件服务器于')
  })
})
