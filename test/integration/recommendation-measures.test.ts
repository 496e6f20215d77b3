import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runMaintenance } from '../../src/maintenance/maintenance-job.js'
import type { TestBrowser } from '../helpers/applicant.js'
import { auditRowsFor } from '../helpers/audit.js'
import { createStaff, staffBrowser, type TestStaff } from '../helpers/staff.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import {
  exeBytes,
  fileOf,
  filesUnder,
  pdfBytes,
  pngBytes,
  sha256,
} from '../helpers/upload-fixtures.js'

/**
 * 整改落实 (issue 16): the measures a court's reply promised, recorded done one by one with evidence,
 * the date and who verified; the register's 采纳 / 落实 figures follow.
 */
let t: TestApp
let staff: Record<'intake' | 'reviewer' | 'leader', TestStaff>
const as: Record<string, TestBrowser> = {}

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-11-02T02:00:00Z') })
  staff = {
    intake: await createStaff(t.deps, { roles: ['intake'], displayName: '王受理' }),
    reviewer: await createStaff(t.deps, { roles: ['reviewer'], displayName: '李检察' }),
    leader: await createStaff(t.deps, { roles: ['leader'], displayName: '赵检察长' }),
  }
  await signIn()
})
afterAll(() => t.close())

async function signIn() {
  for (const [name, s] of Object.entries(staff)) as[name] = await staffBrowser(t.app, t.deps, s)
}

const page = (id: string) => `/staff/recommendations/${id}`
const version = async (id: string) =>
  String(
    (
      await t.db.db
        .selectFrom('recommendations')
        .select('version')
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    ).version,
  )
const reply = (id: string) =>
  t.db.db
    .selectFrom('recommendation_replies')
    .selectAll()
    .where('recommendation_id', '=', id)
    .executeTakeFirstOrThrow()
const done = (id: string) =>
  t.db.db
    .selectFrom('recommendation_measures_done')
    .selectAll()
    .where('recommendation_id', '=', id)
    .orderBy('recorded_at')
    .execute()
const storedFiles = () => filesUnder(path.join(t.config.dataDir, 'files'))

function multipart(fields: Record<string, string | string[]>, files: File[], field = 'file') {
  const form = new FormData()
  for (const [k, v] of Object.entries(fields))
    for (const x of Array.isArray(v) ? v : [v]) form.append(k, x)
  for (const f of files) form.append(field, f)
  return form
}

/** A 类案 检察建议 entered, approved, served on 2026-11-10 and answered with `outcome`. */
async function replied(outcome: string, measures: string[], extra: Record<string, string> = {}) {
  const created = await as.reviewer!.post('/staff/recommendations/new', {
    kind: 'similar_cases',
    court: '豫0403',
    caseNumbers: '（2025）豫0403执1234号\n（2025）豫0403执1301号',
    violations: '两起案件中均存在查封财产后超过一年未处置、未告知申请执行人的情形。',
    recommendation: '建议该院清理查封后长期未处置的财产，依法及时处置并告知申请执行人。',
    legalBasis: '《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》',
  })
  const id = /\/staff\/recommendations\/([0-9a-f-]{36})/.exec(created.headers.get('location')!)![1]!
  await as.leader!.post(`${page(id)}/decide`, { version: await version(id), decision: 'approve' })
  const today = t.clock.now().toISOString().slice(0, 10)
  const served = await as.reviewer!.post(`${page(id)}/service`, {
    version: await version(id),
    servedOn: today,
    method: 'direct',
  })
  expect(served.status).toBe(303)
  const fields = {
    version: await version(id),
    receivedOn: today,
    letterNumber: '（2026）豫0403执监复9号',
    outcome,
    measures,
    reasonsAccepted: outcome === 'adopted' ? '' : 'yes',
    courtReasons: outcome === 'adopted' ? '' : '另一案件的财产已由案外人提出异议，正在审查。',
    ...extra,
  }
  const res = await as.reviewer!.upload(
    `${page(id)}/reply`,
    multipart(fields, [fileOf(await pdfBytes(), '回复意见函.pdf')]),
  )
  expect(res.status).toBe(303)
  return id
}

const MEASURE = {
  measure: 'resume_execution',
  doneOn: '2026-11-20',
  courtDocument: '（2026）豫0403执恢88号',
  verification: 'court_documents',
  verificationNote: '调取恢复执行裁定书，已送达当事人。',
  verifiedOn: '2026-11-25',
}

describe('整改落实 of an adopted 检察建议', () => {
  let id: string

  it('refuses a form without evidence, a measure the reply did not promise, bad days, an executable or intake; stores nothing', async () => {
    id = await replied('adopted', ['resume_execution', 'pay_out'], { promisedBy: '2026-12-31' })
    t.clock.set(new Date('2026-11-26T02:00:00Z'))
    await signIn()
    const before = (await storedFiles()).length
    const pdf = await pdfBytes()
    const post = async (
      fields: Record<string, string>,
      files: File[] = [fileOf(pdf, '恢复执行裁定书.pdf')],
      who = 'reviewer',
    ) =>
      as[who]!.upload(
        `${page(id)}/measures`,
        multipart({ version: await version(id), ...fields }, files, 'evidence'),
      )
    const none = await post(MEASURE, [])
    expect(none.status).toBe(422)
    const noneHtml = await none.text()
    expect(noneHtml).toContain('请上传证明措施已经落实的材料')
    expect(noneHtml).toContain('value="（2026）豫0403执恢88号"')
    const other = await post({ ...MEASURE, measure: 'release_seizure' })
    expect(other.status).toBe(422)
    expect(await other.text()).toContain('法院的回复意见函没有列出“解除查封、扣押、冻结”')
    const early = await post({ ...MEASURE, doneOn: '2026-11-01' })
    expect(await early.text()).toContain(
      '落实措施的日期不能早于法院收到检察建议书的日期（2026-11-02）',
    )
    const future = await post({ ...MEASURE, verifiedOn: '2026-11-27' })
    expect(await future.text()).toContain('本院核实的日期不能晚于今天')
    const order = await post({ ...MEASURE, verifiedOn: '2026-11-19' })
    expect(order.status).toBe(422)
    expect(await order.text()).toContain('本院核实的日期不能早于法院落实措施的日期')
    const money = await post({ ...MEASURE, amountPaid: '5000' })
    expect(await money.text()).toContain('只有“发放执行款”需要填写发放金额')
    const missing = await post({ version: '' })
    expect(missing.status).toBe(422)
    const missingHtml = await missing.text()
    expect(missingHtml).toContain('请选择法院落实的措施')
    expect(missingHtml).toContain('请选择本院核实的方式')
    const exe = await post(MEASURE, [fileOf(exeBytes(), '凭证.pdf')])
    expect(exe.status).toBe(422)
    const six = await post(
      MEASURE,
      Array.from({ length: 6 }, (_, i) => fileOf(pngBytes(), `凭证${i}.png`)),
    )
    // a count limit stops reading the body at once (src/uploads/upload-limits.ts)
    expect(six.status).toBe(413)
    expect((await post(MEASURE, undefined, 'intake')).status).toBe(403)
    expect(await done(id)).toHaveLength(0)
    expect((await storedFiles()).length).toBe(before)
  })

  it('records one measure with two evidence files, who verified it and when; not yet 落实', async () => {
    const pdf = await pdfBytes()
    const png = pngBytes()
    const res = await as.reviewer!.upload(
      `${page(id)}/measures`,
      multipart(
        { version: await version(id), ...MEASURE },
        [fileOf(pdf, '恢复执行裁定书.pdf'), fileOf(png, '送达回证.png')],
        'evidence',
      ),
    )
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe(`${page(id)}?done=measureDone`)
    const [row] = await done(id)
    expect(row).toMatchObject({
      measure: 'resume_execution',
      done_on: '2026-11-20',
      verified_on: '2026-11-25',
      verified_by: staff.reviewer.id,
      verification: 'court_documents',
      court_document: '（2026）豫0403执恢88号',
    })
    const evidence = await t.db.db
      .selectFrom('recommendation_measure_evidence')
      .selectAll()
      .where('measure_done_id', '=', row!.id)
      .orderBy('position')
      .execute()
    expect(evidence.map((e) => [e.file_name, e.file_sha256])).toEqual([
      ['恢复执行裁定书.pdf', sha256(pdf)],
      ['送达回证.png', sha256(png)],
    ])
    expect((await reply(id)).measures_done_on).toBeNull()
    const html = await (await as.leader!.get(page(id))).text()
    expect(html).toContain('整改落实')
    expect(html).toContain('调取法院作出的裁定、决定或者支付凭证')
    expect(html).toContain('2026-11-25，李检察')
    expect(html).toContain(sha256(png))
    // the form now offers only the measure still open
    expect(html).toContain('value="pay_out"')
    expect(html).not.toContain('name="measure" value="resume_execution"')
    const file = await as.leader!.get(`${page(id)}/evidence/${evidence[1]!.id}`)
    expect(file.status).toBe(200)
    expect(Buffer.from(await file.arrayBuffer()).equals(png)).toBe(true)
    expect((await as.intake!.get(`${page(id)}/evidence/${evidence[1]!.id}`)).status).toBe(403)
    const again = await as.reviewer!.upload(
      `${page(id)}/measures`,
      multipart(
        { version: await version(id), ...MEASURE },
        [fileOf(pdf, '恢复执行裁定书.pdf')],
        'evidence',
      ),
    )
    expect(await again.text()).toContain('“恢复执行”已经登记过落实情况')
    const audit = await auditRowsFor(t.deps, 'recommendation', id)
    const recorded = audit.find((a) => a.action === 'recommendation.measure_done')!
    expect(recorded.details).toMatchObject({
      measure: 'resume_execution',
      files: [sha256(pdf), sha256(png)],
      complete: false,
    })
    expect(audit.map((a) => a.action)).toContain('recommendation.evidence_download')
  })

  it('a promised measure past its date puts it on the follow-up list; the last one done takes it off and counts as 落实', async () => {
    t.clock.set(new Date('2027-01-05T02:00:00Z'))
    await signIn()
    const list = await (await as.reviewer!.get('/staff/recommendations?view=follow_up')).text()
    expect(list).toContain('跟进监督：法院承诺的措施到期未完成')
    const before = await (await as.reviewer!.get('/staff/recommendations')).text()
    expect(before).toMatch(/已落实<\/dt>\s*<dd>0 件/)
    const res = await as.leader!.upload(
      `${page(id)}/measures`,
      multipart(
        {
          version: await version(id),
          measure: 'pay_out',
          doneOn: '2027-01-04',
          amountPaid: '80000',
          verification: 'party_contact',
          verifiedOn: '2027-01-05',
        },
        [fileOf(await pdfBytes(), '支付凭证.pdf')],
        'evidence',
      ),
    )
    expect(res.status).toBe(303)
    expect((await reply(id)).measures_done_on).toBe('2027-01-04')
    const after = await (await as.reviewer!.get('/staff/recommendations?view=follow_up')).text()
    expect(after).not.toContain('跟进监督：法院承诺的措施到期未完成')
    const html = await (await as.reviewer!.get(page(id))).text()
    expect(html).toContain('已于 2027-01-04 全部落实')
    expect(html).not.toContain('登记一项措施的落实情况')
    const all = await (await as.reviewer!.get('/staff/recommendations')).text()
    expect(all).toMatch(/已落实<\/dt>\s*<dd>1 件/)
    expect(all).toMatch(/采纳率<\/dt>\s*<dd>100 %/)
  })

  it('keeps the evidence files through the housekeeping', async () => {
    t.clock.advance(3 * 86_400_000)
    const before = (await storedFiles()).length
    await runMaintenance(t.deps)
    expect((await storedFiles()).length).toBe(before)
  })
})

describe('整改落实 when the court did not adopt it; the 督促回复 period', () => {
  let id: string

  it('has nothing to carry out: no form, and a post is refused', async () => {
    await signIn()
    id = await replied('not_adopted', [])
    const html = await (await as.reviewer!.get(page(id))).text()
    expect(html).not.toContain('登记一项措施的落实情况')
    const res = await as.reviewer!.upload(
      `${page(id)}/measures`,
      multipart(
        { version: await version(id), ...MEASURE },
        [fileOf(pngBytes(), 'x.png')],
        'evidence',
      ),
    )
    expect(res.status).toBe(409)
    const figures = await (await as.reviewer!.get('/staff/recommendations')).text()
    expect(figures).toMatch(/不采纳<\/dt>\s*<dd>1 件/)
    expect(figures).toMatch(/采纳率<\/dt>\s*<dd>50 %/)
  })

  it('the administrator sets the 督促回复 period with its basis, or leaves it the procuratorate’s choice', async () => {
    const admin = await staffBrowser(
      t.app,
      t.deps,
      await createStaff(t.deps, { roles: ['admin'], displayName: '管理员' }),
    )
    const settings = await (await admin.get('/staff/admin/collab-periods')).text()
    expect(settings).toContain('督促回复函的回复期限（日）')
    expect(settings).toContain('本院自定，非法定期限')
    const bad = await admin.post('/staff/admin/collab-periods', { key: 'urge_reply', days: '0' })
    expect(bad.status).toBe(422)
    expect(await bad.text()).toContain('天数请填写 1 至 365 的整数')
    const basis = '卫东区人民检察院、卫东区人民法院《关于加强民事执行检察监督工作的意见》第八条'
    const saved = await admin.post('/staff/admin/collab-periods', {
      key: 'urge_reply',
      days: '10',
      basis,
    })
    expect(saved.status).toBe(303)
    expect(
      (await as.reviewer!.post('/staff/admin/collab-periods', { key: 'urge_reply', days: '5' }))
        .status,
    ).toBe(403)
    const html = await (await as.reviewer!.get(page(id))).text()
    expect(html).toContain(`法院的回复期限为 10 日（依据：${basis}）`)
    const urged = await as.reviewer!.post(`${page(id)}/follow-up`, {
      version: await version(id),
      kind: 'urge_reply',
    })
    expect(urged.status).toBe(303)
    const step = await t.db.db
      .selectFrom('recommendation_follow_ups')
      .selectAll()
      .where('recommendation_id', '=', id)
      .executeTakeFirstOrThrow()
    const today = t.clock.now().toISOString().slice(0, 10)
    expect(step.due).toBe(t.deps.calendar.addCalendarDays(today, 10).due)
    expect(step.due_explanation).toContain(basis)
    await admin.post('/staff/admin/collab-periods', { key: 'urge_reply', days: '20', basis: '' })
    const own = await (await as.reviewer!.get(page(id))).text()
    expect(own).toContain('法院的回复期限为 20 日（本院自定的工作期限，非法定）')
  })
})

describe('补录: a 检察建议 issued before the system existed', () => {
  const FORM = {
    kind: 'similar_cases',
    court: '豫0403',
    caseNumbers: '（2024）豫0403执501号\n（2024）豫0403执502号',
    violations: '两起案件均在终结本次执行程序前未调查被执行人的不动产情况。',
    recommendation: '建议该院对两案恢复执行，依法调查被执行人名下的不动产。',
    legalBasis: '《最高人民法院关于严格规范终结本次执行程序的规定（试行）》',
    number: '卫东检民执监建议〔2027〕7号',
    decidedOn: '2026-06-01',
    servedOn: '2026-06-05',
    method: 'mail',
  }
  const rows = () =>
    t.db.db.selectFrom('recommendations').selectAll().where('backfilled', '=', true).execute()

  it('refuses bad input with the same page and values, and intake; enters nothing', async () => {
    await signIn()
    const post = (fields: Record<string, string>, who = 'reviewer') =>
      as[who]!.post('/staff/recommendations/backfill', fields)
    const noMethod = await post({ ...FORM, method: '' })
    expect(noMethod.status).toBe(422)
    const html = await noMethod.text()
    expect(html).toContain('已送达的，请选择送达方式')
    expect(html).toContain('两起案件均在终结本次执行程序前')
    const order = await post({ ...FORM, servedOn: '2026-05-01' })
    expect(await order.text()).toContain('法院收到检察建议书的日期不能早于决定提出的日期')
    const future = await post({ ...FORM, decidedOn: '2030-01-01', servedOn: '', method: '' })
    expect(await future.text()).toContain('决定日期不能晚于今天')
    const both = await post({ ...FORM, number: '', caseNumbers: '（2024）豫0403执501号' })
    const bothHtml = await both.text()
    expect(bothHtml).toContain('请填写检察建议书的文号')
    expect(bothHtml).toContain('类案检察建议至少涉及两个案件')
    const taken = await t.db.db
      .selectFrom('recommendations')
      .select('number')
      .where('number', 'is not', null)
      .executeTakeFirstOrThrow()
    const dup = await post({ ...FORM, number: taken.number! })
    expect(await dup.text()).toContain('已经在台账中，请核对')
    expect((await post(FORM, 'intake')).status).toBe(403)
    expect(await rows()).toHaveLength(0)
  })

  it('enters it with its paper number and days, marked in the audit, the list and the figures; the system skips its number', async () => {
    const res = await as.leader!.post('/staff/recommendations/backfill', FORM)
    expect(res.status).toBe(303)
    const [row] = await rows()
    expect(row).toMatchObject({
      number: '卫东检民执监建议〔2027〕7号',
      status: 'awaiting_reply',
      decided_on: '2026-06-01',
      served_on: '2026-06-05',
      reply_due: t.deps.calendar.addMonths('2026-06-05', 3).due,
      decided_by: null,
    })
    const audit = await auditRowsFor(t.deps, 'recommendation', row!.id)
    expect(audit[0]).toMatchObject({
      action: 'recommendation.backfill',
      details: { backfilled: true, number: '卫东检民执监建议〔2027〕7号' },
    })
    const list = await (await as.intake!.get('/staff/recommendations')).text()
    expect(list).toContain('类案检察建议（补录）')
    expect(list).toMatch(/其中补录<\/dt>\s*<dd>1 件/)
    const detail = await (await as.intake!.get(page(row!.id))).text()
    expect(detail).toContain('补录（系统上线前提出）')
    // a 检察建议 approved now takes a number after the backfilled one, never the same
    const created = await as.reviewer!.post('/staff/recommendations/new', {
      ...FORM,
      number: '',
    })
    const id = /\/staff\/recommendations\/([0-9a-f-]{36})/.exec(
      created.headers.get('location')!,
    )![1]!
    await as.leader!.post(`${page(id)}/decide`, { version: await version(id), decision: 'approve' })
    const approved = await t.db.db
      .selectFrom('recommendations')
      .select('number')
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
    expect(approved.number).toBe('卫东检民执监建议〔2027〕8号')
  })
})
