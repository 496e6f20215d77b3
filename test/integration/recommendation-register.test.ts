import path from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findOpenClocks } from '../../src/deadlines/clock.repository.js'
import type { TestBrowser } from '../helpers/applicant.js'
import { auditActionsFor } from '../helpers/audit.js'
import { compact, pdfText } from '../helpers/pdf-text.js'
import { reviewCase } from '../helpers/review-case.js'
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

/** The 检察建议 register (issue 16): entry with the decision, 送达, the reply clock, extension, views. */
let t: TestApp
let c: ReturnType<typeof reviewCase>
let intake: TestStaff
let reviewer: TestStaff
let leader: TestStaff
let both: TestStaff
const as: Record<string, TestBrowser> = {}

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-11-02T02:00:00Z') })
  c = reviewCase(t)
  intake = await createStaff(t.deps, { roles: ['intake'], displayName: '王受理' })
  reviewer = await createStaff(t.deps, { roles: ['reviewer'], displayName: '李检察' })
  leader = await createStaff(t.deps, { roles: ['leader'], displayName: '赵检察长' })
  both = await createStaff(t.deps, { roles: ['reviewer', 'leader'], displayName: '钱副检察长' })
  await signIn()
})
afterAll(() => t.close())

async function signIn() {
  for (const [name, staff] of Object.entries({ intake, reviewer, leader, both }))
    as[name] = await staffBrowser(t.app, t.deps, staff)
  const admin = await createStaff(t.deps, { roles: ['admin'] })
  as.admin = await staffBrowser(t.app, t.deps, admin)
}

const DRAFT = {
  courtName: '平顶山市卫东区人民法院',
  violations: '该院对被执行人名下已查封的账户长期未采取扣划措施，执行款未及时发放，构成消极执行。',
  recommendation: '建议该院依法及时扣划被执行人账户内款项，并将执行款发放给申请执行人。',
  legalBasis: '《中华人民共和国民事诉讼法》第二百四十六条',
}

const register = () =>
  t.db.db.selectFrom('recommendations').selectAll().orderBy('drafted_at').execute()
const one = (id: string) =>
  t.db.db.selectFrom('recommendations').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
const page = (id: string) => `/staff/recommendations/${id}`
const followUps = (id: string) =>
  t.db.db
    .selectFrom('recommendation_follow_ups')
    .selectAll()
    .where('recommendation_id', '=', id)
    .orderBy('recorded_at')
    .execute()
const replies = () => t.db.db.selectFrom('recommendation_replies').selectAll().execute()
const storedFiles = () => filesUnder(path.join(t.config.dataDir, 'files'))

/** The extension form: its fields and the court's letter (none when `letter` is null). */
async function extend(
  who: string,
  id: string,
  fields: Record<string, string>,
  letter: File | null = fileOf(pngBytes(), '延期函.png'),
) {
  const form = new FormData()
  for (const [k, v] of Object.entries(fields)) form.append(k, v)
  if (letter) form.append('letter', letter)
  return as[who]!.upload(`${page(id)}/extension`, form)
}

const REPLY: Record<string, string | string[]> = {
  receivedOn: '2027-03-01',
  letterNumber: '（2027）豫0403执监复1号',
  outcome: 'partly_adopted',
  measures: ['resume_execution', 'pay_out'],
  amountPaid: '120000.50',
  courtReasons: '被执行人名下另一账户系案外人所有，不能扣划。',
  reasonsAccepted: 'no',
}

/** An application taken through review to an approved 检察建议 by the existing forms. */
async function decidedApplication(): Promise<{ id: string; code: string }> {
  const kase = await c.accepted(intake)
  expect((await c.act(as.intake!, kase.id, 'start_review', { staffId: reviewer.id })).status).toBe(
    303,
  )
  expect((await c.act(as.reviewer!, kase.id, 'draft_recommendation', DRAFT)).status).toBe(303)
  const approved = await c.act(as.leader!, kase.id, 'decide_recommendation', {
    decision: 'approve',
  })
  expect(approved.status).toBe(303)
  return kase
}

describe('an individual 检察建议 decided in an application review', () => {
  let appId: string
  let code: string
  let recId: string

  it('enters the register with a number in the decision, awaiting service; no reply clock yet', async () => {
    ;({ id: appId, code } = await decidedApplication())
    const rows = (await register()).filter((r) => r.application_id === appId)
    expect(rows).toHaveLength(1)
    const row = rows[0]!
    recId = row.id
    expect(row).toMatchObject({
      kind: 'individual',
      origin: 'application',
      status: 'awaiting_service',
      number: '卫东检民执监建议〔2026〕1号',
      decided_on: '2026-11-02',
      transfer_due: '2026-11-17',
      addressee: '平顶山市卫东区人民法院',
      served_on: null,
      reply_due: null,
    })
    const cases = await t.db.db
      .selectFrom('recommendation_cases')
      .selectAll()
      .where('recommendation_id', '=', recId)
      .execute()
    expect(cases).toMatchObject([{ position: 1, application_id: appId }])
    // legal review D6: the court's three months do not run from the decision
    expect((await findOpenClocks(t.db.db, appId)).map((k) => k.kind)).not.toContain('court_reply')
    expect(await c.statusPage(code)).toContain('当前状态：已决定提出检察建议')
    expect(await auditActionsFor(t.deps, 'recommendation', recId)).toEqual([
      'recommendation.decide:success',
    ])

    for (const who of ['intake', 'reviewer', 'leader']) {
      const list = await (await as[who]!.get('/staff/recommendations')).text()
      expect(list).toContain('卫东检民执监建议〔2026〕1号')
      expect(list).toContain('待送达法院')
    }
    const waiting = await (
      await as.reviewer!.get('/staff/recommendations?view=awaiting_service')
    ).text()
    expect(waiting).toContain('移送法院截止 2026-11-17，还有 15 日')
    expect((await as.admin!.get('/staff/recommendations')).status).toBe(403)
  })

  it('refuses a service date in the future, before the decision, from intake, or without a method', async () => {
    t.clock.advance(10 * 86_400_000)
    await signIn()
    const version = String((await one(recId)).version)
    const post = (who: string, fields: Record<string, string>) =>
      as[who]!.post(`${page(recId)}/service`, { version, ...fields })
    const future = await post('reviewer', { servedOn: '2026-11-13', method: 'mail' })
    expect(future.status).toBe(422)
    const futureHtml = await future.text()
    expect(futureHtml).toContain('法院收到检察建议书的日期不能晚于今天')
    expect(futureHtml).toContain('value="2026-11-13"')
    const early = await post('reviewer', { servedOn: '2026-11-01', method: 'mail' })
    expect(early.status).toBe(422)
    expect(await early.text()).toContain('送达日期不能早于决定提出检察建议的日期（2026-11-02）')
    const noMethod = await post('reviewer', { servedOn: '2026-11-10' })
    expect(noMethod.status).toBe(422)
    expect(await noMethod.text()).toContain('请选择送达方式')
    const badDate = await post('reviewer', { servedOn: '11月10日', method: 'mail' })
    expect(await badDate.text()).toContain('请按“2026-12-01”的格式填写法院收到检察建议书的日期')
    expect((await post('intake', { servedOn: '2026-11-10', method: 'mail' })).status).toBe(403)
    expect(await one(recId)).toMatchObject({ status: 'awaiting_service', served_on: null })
  })

  it('starts the three-month reply clock on the day the court received it', async () => {
    const version = String((await one(recId)).version)
    const res = await as.reviewer!.post(`${page(recId)}/service`, {
      version,
      servedOn: '2026-11-10',
      method: 'direct',
    })
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe(`${page(recId)}?done=service`)
    const expected = t.deps.calendar.addMonths('2026-11-10', 3).due
    expect(expected >= '2027-02-10').toBe(true)
    expect(await one(recId)).toMatchObject({
      status: 'awaiting_reply',
      served_on: '2026-11-10',
      service_method: 'direct',
      reply_due: expected,
    })
    const clock = (await findOpenClocks(t.db.db, appId)).find((k) => k.kind === 'court_reply')!
    expect(clock).toMatchObject({ started_on: '2026-11-10', due: expected })
    const status = await c.statusPage(code)
    expect(status).toContain('当前状态：已送达法院')
    expect(status).toContain('2026年11月10日')
    const again = await as.reviewer!.post(`${page(recId)}/service`, {
      version: String((await one(recId)).version),
      servedOn: '2026-11-10',
      method: 'direct',
    })
    expect(again.status).toBe(409)
    const stale = await extend('reviewer', recId, {
      version,
      letterOn: '2026-11-12',
      letterNumber: '（2026）豫0403执监函1号',
    })
    expect(stale.status).toBe(409)
  })

  it('records one extension of one month with the court letter, and no second one', async () => {
    const version = String((await one(recId)).version)
    const filesBefore = (await storedFiles()).length
    const missing = await extend('leader', recId, { version, letterOn: '' })
    expect(missing.status).toBe(422)
    const html = await missing.text()
    expect(html).toContain('请填写法院延期函的日期')
    expect(html).toContain('请填写法院延期函的文号')
    const noLetter = await extend(
      'leader',
      recId,
      { version, letterOn: '2026-11-12', letterNumber: '（2026）豫0403执监函1号' },
      null,
    )
    expect(noLetter.status).toBe(422)
    expect(await noLetter.text()).toContain('请上传法院的延期函')
    const exe = await extend(
      'leader',
      recId,
      { version, letterOn: '2026-11-12', letterNumber: '（2026）豫0403执监函1号' },
      fileOf(exeBytes(), '延期函.pdf'),
    )
    expect(exe.status).toBe(422)
    expect((await storedFiles()).length).toBe(filesBefore)
    const letter = await pdfBytes()
    const res = await extend(
      'leader',
      recId,
      { version, letterOn: '2026-11-12', letterNumber: '（2026）豫0403执监函1号' },
      fileOf(letter, '延期函.pdf'),
    )
    expect(res.status).toBe(303)
    const expected = t.deps.calendar.addMonths('2026-11-10', 4).due
    expect(await one(recId)).toMatchObject({
      reply_due: expected,
      extended_on: '2026-11-12',
      extension_letter: '（2026）豫0403执监函1号',
      extension_file_sha256: sha256(letter),
    })
    const shown = await (await as.reviewer!.get(page(recId))).text()
    expect(shown).toContain(`延长后的回复期限</dt><dd>${expected}`)
    const download = await as.reviewer!.get(`${page(recId)}/extension/file`)
    expect(Buffer.from(await download.arrayBuffer()).equals(Buffer.from(letter))).toBe(true)
    expect((await as.intake!.get(`${page(recId)}/extension/file`)).status).toBe(403)
    const clock = (await findOpenClocks(t.db.db, appId)).find((k) => k.kind === 'court_reply')!
    expect(clock.due).toBe(expected)
    const again = await extend('leader', recId, {
      version: String((await one(recId)).version),
      letterOn: '2026-11-12',
      letterNumber: '（2026）豫0403执监函2号',
    })
    expect(again.status).toBe(409)
    expect(await again.text()).toContain('只能延长一个月')
    expect(await auditActionsFor(t.deps, 'recommendation', recId)).toEqual(
      expect.arrayContaining([
        'recommendation.extension:success',
        'recommendation.extension_download:success',
      ]),
    )
  })

  it('shows in the due-within-N-days view, then in the overdue view once the date has passed', async () => {
    const due = (await one(recId)).reply_due!
    const soon = await (await as.intake!.get('/staff/recommendations?view=due_soon&days=10')).text()
    expect(soon).not.toContain('卫东检民执监建议〔2026〕1号')
    const days = Math.ceil((Date.parse(due) - Date.parse('2026-11-12')) / 86_400_000)
    const wide = await as.intake!.get(`/staff/recommendations?view=due_soon&days=${days}`)
    expect(await wide.text()).toContain('卫东检民执监建议〔2026〕1号')
    t.clock.set(new Date(`${due}T02:00:00Z`))
    t.clock.advance(86_400_000)
    await signIn()
    const overdue = await (await as.reviewer!.get('/staff/recommendations?view=overdue')).text()
    expect(overdue).toContain('卫东检民执监建议〔2026〕1号')
    expect(overdue).toContain('法院回复已逾期 1 日')
    const bad = await as.reviewer!.get('/staff/recommendations?view=due_soon&days=0')
    expect(bad.status).toBe(422)
    expect(await bad.text()).toContain('天数请填写 1 至 365 之间的整数')
  })

  it('overdue: on the follow-up list; a 督促回复函 is recorded with its own clock', async () => {
    const list = await (await as.intake!.get('/staff/recommendations?view=follow_up')).text()
    expect(list).toContain('卫东检民执监建议〔2026〕1号')
    expect(list).toContain('跟进监督：法院逾期未书面回复')
    const version = String((await one(recId)).version)
    const none = await as.reviewer!.post(`${page(recId)}/follow-up`, { version })
    expect(none.status).toBe(422)
    expect(await none.text()).toContain('请选择跟进监督的方式')
    const escalate = await as.reviewer!.post(`${page(recId)}/follow-up`, {
      version,
      kind: 'escalate',
    })
    expect(escalate.status).toBe(403)
    const res = await as.reviewer!.post(`${page(recId)}/follow-up`, {
      version,
      kind: 'urge_reply',
      note: '电话联系执行局，要求尽快书面回复。',
    })
    expect(res.status).toBe(303)
    const steps = await followUps(recId)
    expect(steps).toMatchObject([
      { kind: 'urge_reply', ground: 'overdue', taken_on: '2027-03-11', number: null },
    ])
    expect(steps[0]!.due).toBe(t.deps.calendar.addCalendarDays('2027-03-11', 15).due)
    const detail = await (await as.reviewer!.get(page(recId))).text()
    expect(detail).toContain('发督促回复函（法院逾期未书面回复，李检察）')
  })

  it('refuses a reply without its letter, with an executable, without reasons, or from intake; stores nothing', async () => {
    const version = String((await one(recId)).version)
    const reply = (who: string, fields: Record<string, string | string[]>, file?: File) => {
      const form = new FormData()
      form.append('version', version)
      for (const [k, v] of Object.entries(fields))
        for (const x of Array.isArray(v) ? v : [v]) form.append(k, x)
      if (file) form.append('file', file)
      return as[who]!.upload(`${page(recId)}/reply`, form)
    }
    const filesBefore = (await storedFiles()).length
    const noFile = await reply('reviewer', { ...REPLY, outcome: 'adopted' })
    expect(noFile.status).toBe(422)
    const noFileHtml = await noFile.text()
    expect(noFileHtml).toContain('请上传法院的回复意见函')
    expect(noFileHtml).toContain('value="（2027）豫0403执监复1号"')
    const exe = await reply('reviewer', REPLY, fileOf(exeBytes(), '回复.pdf'))
    expect(exe.status).toBe(422)
    const reasons = await reply(
      'reviewer',
      { ...REPLY, outcome: 'not_adopted', courtReasons: '', reasonsAccepted: '' },
      fileOf(await pdfBytes(), '回复意见函.pdf'),
    )
    expect(reasons.status).toBe(422)
    const reasonsHtml = await reasons.text()
    expect(reasonsHtml).toContain('不采纳检察建议的，法院应当说明理由')
    expect(reasonsHtml).toContain('请选择法院未全部采纳的理由是否成立')
    const money = await reply(
      'reviewer',
      { ...REPLY, amountPaid: '12万' },
      fileOf(await pdfBytes(), '回复意见函.pdf'),
    )
    expect(await money.text()).toContain('发放金额请填写数字（元）')
    const early = await reply(
      'reviewer',
      { ...REPLY, receivedOn: '2026-11-09' },
      fileOf(await pdfBytes(), '回复意见函.pdf'),
    )
    expect(early.status).toBe(422)
    expect(await early.text()).toContain(
      '收到回复的日期不能早于法院收到检察建议书的日期（2026-11-10）',
    )
    const intakeTry = await reply('intake', REPLY, fileOf(await pdfBytes(), '回复意见函.pdf'))
    expect(intakeTry.status).toBe(403)
    expect(await replies()).toHaveLength(0)
    expect((await storedFiles()).length).toBe(filesBefore)
  })

  it('records the reply 部分采纳 as a received document with its hash, and the application follows', async () => {
    const pdf = await pdfBytes()
    const form = new FormData()
    form.append('version', String((await one(recId)).version))
    for (const [k, v] of Object.entries(REPLY))
      for (const x of Array.isArray(v) ? v : [v]) form.append(k, x)
    form.append('file', fileOf(pdf, '回复意见函.pdf'))
    const res = await as.reviewer!.upload(`${page(recId)}/reply`, form)
    expect(res.status).toBe(303)
    const [row] = await replies()
    expect(row).toMatchObject({
      outcome: 'partly_adopted',
      letter_number: '（2027）豫0403执监复1号',
      measures: ['resume_execution', 'pay_out'],
      amount_paid: '120000.50',
      reasons_accepted: false,
      file_sha256: sha256(pdf),
    })
    expect(await one(recId)).toMatchObject({ status: 'replied' })
    expect((await c.row(appId)).stage).toBe('court_replied')
    const materials = await t.db.db
      .selectFrom('application_materials')
      .select('slot')
      .where('application_id', '=', appId)
      .where('slot', '=', 'court_reply')
      .execute()
    expect(materials).toHaveLength(0)
    const detail = await (await as.leader!.get(page(recId))).text()
    expect(detail).toContain('部分采纳')
    expect(detail).toContain('恢复执行、发放执行款')
    expect(detail).toContain('120000.50 元')
    expect(detail).toContain(sha256(pdf))
    const file = await as.leader!.get(`${page(recId)}/reply/file`)
    expect(file.status).toBe(200)
    expect(Buffer.from(await file.arrayBuffer()).equals(Buffer.from(pdf))).toBe(true)
    expect((await as.intake!.get(`${page(recId)}/reply/file`)).status).toBe(403)
    const again = new FormData()
    again.append('version', String((await one(recId)).version))
    for (const [k, v] of Object.entries(REPLY))
      for (const x of Array.isArray(v) ? v : [v]) again.append(k, x)
    again.append('file', fileOf(pdf, '回复意见函.pdf'))
    expect((await as.reviewer!.upload(`${page(recId)}/reply`, again)).status).toBe(409)
    expect(await auditActionsFor(t.deps, 'recommendation', recId)).toEqual(
      expect.arrayContaining([
        'recommendation.reply:success',
        'recommendation.reply_download:success',
      ]),
    )
  })

  it('部分采纳 with reasons that do not stand: a leader 提请上级院跟进监督 with a numbered PDF', async () => {
    const list = await (await as.leader!.get('/staff/recommendations?view=follow_up')).text()
    expect(list).toContain('跟进监督：法院部分采纳，未采纳部分的理由不成立')
    const res = await as.leader!.post(`${page(recId)}/follow-up`, {
      version: String((await one(recId)).version),
      kind: 'escalate',
      note: '被执行人另一账户的权属，法院未提供任何证据。',
    })
    expect(res.status).toBe(303)
    const step = (await followUps(recId)).find((f) => f.kind === 'escalate')!
    expect(step).toMatchObject({
      ground: 'reasons_rejected',
      number: '卫东检民执监提跟〔2027〕1号',
    })
    expect(step.due).toBe(t.deps.calendar.addMonths('2027-03-11', 3).due)
    const file = await as.reviewer!.get(`${page(recId)}/follow-up/${step.id}/file`)
    expect(file.status).toBe(200)
    const bytes = Buffer.from(await file.arrayBuffer())
    expect(sha256(bytes)).toBe(step.file_sha256)
    const text = compact(await pdfText(bytes))
    expect(text).toContain('提请跟进监督通知书')
    expect(text).toContain('卫东检民执监提跟〔2027〕1号')
    expect(text).toContain('平顶山市人民检察院')
    expect(text).toContain('卫东检民执监建议〔2026〕1号')
    expect(text).toContain('第十四条')
    expect(text).toContain('第一百二十四条第（三）项')
    expect((await as.intake!.get(`${page(recId)}/follow-up/${step.id}/file`)).status).toBe(403)
    expect(await auditActionsFor(t.deps, 'recommendation', recId)).toEqual(
      expect.arrayContaining([
        'recommendation.follow_up:success',
        'recommendation.follow_up_download:success',
      ]),
    )
  })
})

describe('a 类案 检察建议 entered in the register', () => {
  const form = {
    kind: 'similar_cases',
    court: '豫0403',
    caseNumbers: '（2025）豫0403执1234号\n（2025）豫0403执1301号\n（2026）豫0403执88号',
    violations: '三起案件中均存在查封财产后超过一年未处置、未告知申请执行人的情形。',
    recommendation: '建议该院清理查封后长期未处置的财产，依法及时处置并告知申请执行人。',
    legalBasis: '《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》',
  }

  it('refuses bad input with the same page and values, and other roles than the reviewer', async () => {
    const before = (await register()).length
    const one = await as.reviewer!.post('/staff/recommendations/new', {
      ...form,
      caseNumbers: '（2025）豫0403执1234号',
    })
    expect(one.status).toBe(422)
    const html = await one.text()
    expect(html).toContain('类案检察建议至少涉及两个案件')
    expect(html).toContain('三起案件中均存在查封财产')
    const court = await as.reviewer!.post('/staff/recommendations/new', {
      ...form,
      court: '豫9999',
    })
    expect(court.status).toBe(422)
    expect(await court.text()).toContain('请从本院监督的法院中选择接收检察建议的同级人民法院')
    const organ = await as.reviewer!.post('/staff/recommendations/new', {
      ...form,
      kind: 'social_governance',
    })
    expect(await organ.text()).toContain('请填写被建议单位的全称')
    expect((await as.intake!.post('/staff/recommendations/new', form)).status).toBe(403)
    expect((await as.leader!.post('/staff/recommendations/new', form)).status).toBe(403)
    expect((await register()).length).toBe(before)
  })

  it('is drafted, refused to its own drafter, approved by another leader and numbered without a gap', async () => {
    const res = await as.both!.post('/staff/recommendations/new', form)
    expect(res.status).toBe(303)
    const id = /\/staff\/recommendations\/([0-9a-f-]{36})/.exec(res.headers.get('location')!)![1]!
    expect(await one(id)).toMatchObject({ status: 'drafted', number: null, kind: 'similar_cases' })
    const version = String((await one(id)).version)
    const own = await as.both!.post(`${page(id)}/decide`, { version, decision: 'approve' })
    expect(own.status).toBe(403)
    expect(
      (await as.reviewer!.post(`${page(id)}/decide`, { version, decision: 'approve' })).status,
    ).toBe(403)
    const noComment = await as.leader!.post(`${page(id)}/decide`, { version, decision: 'return' })
    expect(noComment.status).toBe(422)
    expect(await noComment.text()).toContain('退回修改的，请写明需要修改的地方')
    const ok = await as.leader!.post(`${page(id)}/decide`, { version, decision: 'approve' })
    expect(ok.status).toBe(303)
    const row = await one(id)
    // the clock is in 2027 now (the overdue test above): a new year, a new sequence; refusals took none
    expect(row).toMatchObject({ status: 'awaiting_service', number: '卫东检民执监建议〔2027〕1号' })
    const detail = await (await as.intake!.get(page(id))).text()
    expect(detail).toContain('（2025）豫0403执1301号')
    expect(detail).toContain('类案检察建议')
    expect(detail).not.toContain('登记送达</button>')
    const second = await as.leader!.post(`${page(id)}/decide`, {
      version: String(row.version),
      decision: 'approve',
    })
    expect(second.status).toBe(409)
    expect(await auditActionsFor(t.deps, 'recommendation', id)).toEqual([
      'recommendation.draft:success',
      'recommendation.decide:denied',
      'recommendation.view:success',
      'recommendation.decide:success',
      'recommendation.view:success',
    ])
  })

  it('numbers the next approved one without a gap after a returned draft', async () => {
    const draftOne = async () => {
      const res = await as.reviewer!.post('/staff/recommendations/new', form)
      return /\/staff\/recommendations\/([0-9a-f-]{36})/.exec(res.headers.get('location')!)![1]!
    }
    const returned = await draftOne()
    const back = await as.leader!.post(`${page(returned)}/decide`, {
      version: String((await one(returned)).version),
      decision: 'return',
      comment: '请补充各案查封的具体时间。',
    })
    expect(back.status).toBe(303)
    expect(await one(returned)).toMatchObject({ status: 'returned', number: null })
    const next = await draftOne()
    await as.leader!.post(`${page(next)}/decide`, {
      version: String((await one(next)).version),
      decision: 'approve',
    })
    expect((await one(next)).number).toBe('卫东检民执监建议〔2027〕2号')
    // the test clock is fixed: rows drafted at the same instant have no order of their own
    const numbers = (await register())
      .map((r) => r.number)
      .filter(Boolean)
      .sort()
    expect(numbers).toEqual([
      '卫东检民执监建议〔2026〕1号',
      '卫东检民执监建议〔2027〕1号',
      '卫东检民执监建议〔2027〕2号',
    ])
  })

  it('goes through service, extension, a 不采纳 reply and 提请上级院跟进监督, numbered without a gap', async () => {
    const rec = await t.db.db
      .selectFrom('recommendations')
      .select('id')
      .where('number', '=', '卫东检民执监建议〔2027〕1号')
      .executeTakeFirstOrThrow()
    const id = rec.id
    const v = async () => String((await one(id)).version)
    const served = await as.reviewer!.post(`${page(id)}/service`, {
      version: await v(),
      servedOn: '2027-03-11',
      method: 'electronic',
    })
    expect(served.status).toBe(303)
    expect((await one(id)).reply_due).toBe(t.deps.calendar.addMonths('2027-03-11', 3).due)
    const extended = await extend('reviewer', id, {
      version: await v(),
      letterOn: '2027-03-11',
      letterNumber: '（2027）豫0403执监函3号',
    })
    expect(extended.status).toBe(303)
    expect((await one(id)).reply_due).toBe(t.deps.calendar.addMonths('2027-03-11', 4).due)
    const form = new FormData()
    form.append('version', await v())
    form.append('receivedOn', '2027-03-11')
    form.append('letterNumber', '（2027）豫0403执监复2号')
    form.append('outcome', 'not_adopted')
    form.append('courtReasons', '三案查封财产均已进入评估程序，不存在长期未处置的情形。')
    form.append('reasonsAccepted', 'no')
    form.append('file', fileOf(pngBytes(), '回复意见函.png'))
    expect((await as.reviewer!.upload(`${page(id)}/reply`, form)).status).toBe(303)
    const list = await (await as.reviewer!.get('/staff/recommendations?view=follow_up')).text()
    expect(list).toContain('卫东检民执监建议〔2027〕1号')
    expect(list).toContain('跟进监督：法院不采纳检察建议')
    const escalated = await as.leader!.post(`${page(id)}/follow-up`, {
      version: await v(),
      kind: 'escalate',
    })
    expect(escalated.status).toBe(303)
    const numbers = (
      await t.db.db
        .selectFrom('recommendation_follow_ups')
        .select('number')
        .where('number', 'is not', null)
        .orderBy('recorded_at')
        .execute()
    )
      .map((r) => r.number)
      .sort()
    expect(numbers).toEqual(['卫东检民执监提跟〔2027〕1号', '卫东检民执监提跟〔2027〕2号'])
    const renew = await as.reviewer!.post(`${page(id)}/follow-up`, {
      version: await v(),
      kind: 'new_recommendation',
    })
    expect(renew.status).toBe(303)
    const step = (await followUps(id)).find((f) => f.kind === 'new_recommendation')!
    const draft = await one(step.new_recommendation_id!)
    expect(draft).toMatchObject({ status: 'drafted', number: null, kind: 'similar_cases' })
    const cases = await t.db.db
      .selectFrom('recommendation_cases')
      .select('case_number')
      .where('recommendation_id', '=', draft.id)
      .execute()
    expect(cases).toHaveLength(3)
  })
})

describe('the register exported', () => {
  it('writes the chosen view as XLSX and as CSV, audited; intake may not, a bad format is refused', async () => {
    const xlsx = await as.leader!.get('/staff/recommendations/export/xlsx?view=follow_up')
    expect(xlsx.status).toBe(200)
    expect(xlsx.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    )
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await xlsx.arrayBuffer()) as ArrayBuffer)
    const sheet = workbook.getWorksheet('检察建议台账')!
    const rows = sheet.getSheetValues().slice(1) as unknown[][]
    expect(rows[0]).toContain('文号')
    const numbers = rows.slice(1).map((r) => r[1])
    expect(numbers).toEqual(
      expect.arrayContaining(['卫东检民执监建议〔2026〕1号', '卫东检民执监建议〔2027〕1号']),
    )
    expect(numbers).not.toContain('卫东检民执监建议〔2027〕2号')
    const csv = await as.reviewer!.get('/staff/recommendations/export/csv')
    expect(csv.status).toBe(200)
    const text = Buffer.from(await csv.arrayBuffer()).toString('utf8')
    expect(text.startsWith('\uFEFF"文号","类别"')).toBe(true)
    expect(text).toContain('"卫东检民执监建议〔2027〕2号","类案检察建议","平顶山市卫东区人民法院"')
    const partly = await (
      await as.intake!.get(
        '/staff/recommendations?outcome=partly_adopted&court=平顶山市卫东区人民法院',
      )
    ).text()
    expect(partly).toContain('卫东检民执监建议〔2026〕1号')
    expect(partly).not.toContain('卫东检民执监建议〔2027〕1号')
    const bad = await as.intake!.get('/staff/recommendations?outcome=maybe')
    expect(bad.status).toBe(422)
    expect(await bad.text()).toContain('请选择列出的处理结果')
    expect((await as.intake!.get('/staff/recommendations/export/csv')).status).toBe(403)
    expect((await as.reviewer!.get('/staff/recommendations/export/pdf')).status).toBe(400)
    const audits = await t.db.db
      .selectFrom('audit_events')
      .select('action')
      .where('action', '=', 'recommendation.export')
      .execute()
    expect(audits).toHaveLength(2)
  })
})
