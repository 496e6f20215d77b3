import path from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TestBrowser } from '../helpers/applicant.js'
import { auditRowsFor } from '../helpers/audit.js'
import { summaryErrors } from '../helpers/http.js'
import { reviewCase } from '../helpers/review-case.js'
import { createStaff, staffBrowser, type TestStaff } from '../helpers/staff.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { fileOf, filesUnder, pdfBytes, sha256 } from '../helpers/upload-fixtures.js'

/**
 * The outgoing list (本院→法院): a workbook for the period, read back with exceljs; logged as an
 * exchange with its hash, in the same transaction as its audit event.
 */
let t: TestApp
let c: ReturnType<typeof reviewCase>
let intake: TestStaff
let reviewer: TestStaff
let leader: TestStaff
const caseNumbers: Record<'before' | 'replied' | 'waiting', string> = {
  before: '',
  replied: '',
  waiting: '',
}

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-09-10T02:00:00Z') })
  c = reviewCase(t)
  intake = await createStaff(t.deps, { roles: ['intake'] })
  reviewer = await createStaff(t.deps, { roles: ['reviewer'], displayName: '李检察' })
  leader = await createStaff(t.deps, { roles: ['leader'], displayName: '赵检察长' })
  caseNumbers.before = await recommended('2026-09-10T02:00:00Z', '(2025)豫0403执1号')
  caseNumbers.replied = await recommended('2026-10-15T02:00:00Z', '(2025)豫0403执2号')
  caseNumbers.waiting = await recommended('2026-10-16T02:00:00Z', '(2025)豫0403执3号')
  t.clock.set(new Date('2026-10-20T02:00:00Z'))
  const id = await idOf(caseNumbers.replied)
  const form = new FormData()
  form.append('version', String((await c.row(id)).version))
  form.append('repliedOn', '2026-10-20')
  form.append('outcome', 'partly_adopted')
  form.append('file', fileOf(await pdfBytes(), '回复意见函.pdf'))
  const res = await (
    await as(reviewer)
  ).upload(`/staff/applications/${id}/actions/record_court_reply`, form)
  expect(res.status).toBe(303)
  t.clock.set(new Date('2026-12-03T02:00:00Z'))
})
afterAll(() => t.close())

const as = (staff: TestStaff) => staffBrowser(t.app, t.deps, staff)

async function idOf(caseNumber: string): Promise<string> {
  const row = await t.db.db
    .selectFrom('applications')
    .select('id')
    .where('case_number', '=', caseNumber)
    .executeTakeFirstOrThrow()
  return row.id
}

/** Accepted, reviewed and a 检察建议 approved, all on the day `at`; returns its 案号. */
async function recommended(at: string, caseNumber: string): Promise<string> {
  t.clock.set(new Date(at))
  const { id } = await c.accepted(intake)
  await t.db.db
    .updateTable('applications')
    .set({ case_number: caseNumber })
    .where('id', '=', id)
    .execute()
  const acts: [TestStaff, string, Record<string, string>][] = [
    [intake, 'start_review', { staffId: reviewer.id }],
    [
      reviewer,
      'draft_recommendation',
      {
        courtName: '平顶山市卫东区人民法院',
        violations: '该院对已查封的账户长期未采取扣划措施，构成消极执行。',
        recommendation: '建议该院依法及时扣划被执行人账户内款项。',
        legalBasis: '《中华人民共和国民事诉讼法》第二百四十六条',
      },
    ],
    [leader, 'decide_recommendation', { decision: 'approve' }],
  ]
  for (const [staff, action, fields] of acts)
    expect((await c.act(await as(staff), id, action, fields)).status).toBe(303)
  // served on the court the same day: the reply clock runs from receipt (两高规定 第十三条)
  const rec = await t.db.db
    .selectFrom('recommendations')
    .select(['id', 'version'])
    .where('application_id', '=', id)
    .executeTakeFirstOrThrow()
  const served = await (
    await as(reviewer)
  ).post(`/staff/recommendations/${rec.id}/service`, {
    version: String(rec.version),
    servedOn: at.slice(0, 10),
    method: 'direct',
  })
  expect(served.status).toBe(303)
  return caseNumber
}

const PERIOD = {
  from: '2026-10-01',
  to: '2026-11-30',
  courtCode: '豫0403',
  responsible: '李检察',
}

async function logEntries() {
  return t.db.db.selectFrom('exchange_log').selectAll().orderBy('recorded_at').execute()
}

async function workbookOf(browser: TestBrowser, id: string) {
  const res = await browser.get(`/staff/exchange/log/${id}/file`)
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toBe(
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  )
  const bytes = Buffer.from(await res.arrayBuffer())
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  return { workbook, bytes }
}

const rowsOf = (sheet: ExcelJS.Worksheet) =>
  sheet
    .getSheetValues()
    .slice(1)
    .map((r) => (r as ExcelJS.CellValue[]).slice(1))

describe('the outgoing list to the court', () => {
  it('builds the workbook for the period, stores it and logs it with its hash', async () => {
    const browser = await as(reviewer)
    const form = await (await browser.get('/staff/exchange/outgoing')).text()
    expect(form).toContain('value="李检察"')
    const res = await browser.post('/staff/exchange/outgoing', PERIOD)
    expect(res.status).toBe(303)
    const id = /done=([0-9a-f-]{36})$/.exec(res.headers.get('location') ?? '')![1]!
    const [entry] = await logEntries()
    expect(entry).toMatchObject({
      id,
      exchanged_on: '2026-12-03',
      direction: 'to_court',
      source: 'export',
      counterpart: '平顶山市卫东区人民法院',
      item_count: 4,
      handled_by: reviewer.id,
      file_name: '卫东区检察院交换清单_2026-10-01至2026-11-30.xlsx',
    })
    expect((await auditRowsFor(t.deps, 'exchange_log', id)).map((a) => a.action)).toEqual([
      'exchange_outgoing.create',
    ])
    const done = await (await browser.get(res.headers.get('location')!)).text()
    expect(done).toContain('清单已生成，并已记入交换记录')
    expect(done).toContain(entry!.file_sha256!)

    const { workbook, bytes } = await workbookOf(await as(leader), id)
    expect(sha256(bytes)).toBe(entry!.file_sha256)
    expect(bytes.byteLength).toBe(entry!.file_size)
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['封面', '检察建议', '执行监督案件'])

    const cover = rowsOf(workbook.getWorksheet('封面')!)
    expect(cover).toEqual(
      expect.arrayContaining([
        // the title is merged across the three columns; a reader sees it in each
        Array(3).fill('法检信息交换清单（本院→法院）'),
        ['提供单位', '平顶山市卫东区人民检察院'],
        ['接收单位', '平顶山市卫东区人民法院'],
        ['清单期间', '2026-10-01 至 2026-11-30'],
        ['负责人', '李检察'],
        ['制表日期', '2026-12-03'],
        ['检察建议', '期间内本院提出的执行监督检察建议及法院回复情况', 2],
        ['执行监督案件', '期间内本院受理的执行监督案件', 2],
        ['合计', '', 4],
      ]),
    )

    const recommendations = rowsOf(workbook.getWorksheet('检察建议')!)
    expect(recommendations[0]).toEqual([
      '序号',
      '文号',
      '执行案号',
      '法院',
      '提出日期',
      '回复期限',
      '回复情况',
      '回复日期',
    ])
    const body = recommendations.slice(1)
    expect(body.map((r) => r[2])).toEqual([caseNumbers.replied, caseNumbers.waiting])
    expect(body.map((r) => r[2])).not.toContain(caseNumbers.before)
    const [replied, waiting] = body as ExcelJS.CellValue[][]
    expect(replied![1]).toMatch(/^卫东检民执监建〔2026〕\d+号$/)
    expect(replied![4]).toEqual(new Date('2026-10-15T00:00:00Z'))
    expect(replied!.slice(6)).toEqual(['已回复（部分采纳）', new Date('2026-10-20T00:00:00Z')])
    expect(waiting![5]).toBeInstanceOf(Date)
    expect(waiting![6]).toBe('待回复')

    const accepted = rowsOf(workbook.getWorksheet('执行监督案件')!)
    expect(accepted[0]).toEqual(['序号', '执行案号', '法院', '受理日期', '办理阶段'])
    expect(accepted.slice(1)).toEqual([
      [
        1,
        caseNumbers.replied,
        '平顶山市卫东区人民法院',
        new Date('2026-10-15T00:00:00Z'),
        '法院已回复',
      ],
      [
        2,
        caseNumbers.waiting,
        '平顶山市卫东区人民法院',
        new Date('2026-10-16T00:00:00Z'),
        '已决定提出检察建议',
      ],
    ])
    // nothing about the applicants beyond what the court holds
    const text = JSON.stringify(workbook.worksheets.map(rowsOf))
    for (const personal of ['张秀英', '11010519491231002', '1381234', '12345678', 'example.cn'])
      expect(text).not.toContain(personal)
  })

  it('marks a reply overdue once its due date has passed', async () => {
    t.clock.set(new Date('2027-03-01T02:00:00Z'))
    const browser = await as(leader)
    const res = await browser.post('/staff/exchange/outgoing', {
      ...PERIOD,
      responsible: '赵检察长',
    })
    expect(res.status).toBe(303)
    const id = /done=([0-9a-f-]{36})$/.exec(res.headers.get('location') ?? '')![1]!
    const { workbook } = await workbookOf(browser, id)
    const body = rowsOf(workbook.getWorksheet('检察建议')!).slice(1)
    expect(body.map((r) => r[6])).toEqual(['已回复（部分采纳）', '逾期未回复'])
    t.clock.set(new Date('2026-12-03T02:00:00Z'))
  })

  it.each([
    [{ to: '2026-09-30' }, '结束日期不能早于开始日期'],
    [{ to: '2026-12-04' }, '结束日期不能晚于今天（2026-12-03）'],
    [
      { from: '2026-13-01' },
      '开始日期：没有 13 月，请按 2026-12-03、2026/12/3 或 2026年12月3日 的样子填写',
    ],
    [{ responsible: ' ' }, '请填写负责人'],
    [{ courtCode: '豫0402' }, '请选择接收清单的法院'],
  ])('refuses %o, and neither stores nor logs anything', async (fields, message) => {
    const before = { rows: (await logEntries()).length, files: await stored() }
    const res = await (
      await as(reviewer)
    ).post('/staff/exchange/outgoing', {
      ...PERIOD,
      ...fields,
    })
    expect(res.status).toBe(422)
    expect(summaryErrors(await res.text())).toEqual([message])
    expect((await logEntries()).length).toBe(before.rows)
    expect(await stored()).toEqual(before.files)
  })

  it('is refused to intake, admin and auditor', async () => {
    const before = (await logEntries()).length
    for (const roles of [['intake'], ['admin'], ['auditor']] as const) {
      const browser = await as(await createStaff(t.deps, { roles: [...roles] }))
      expect((await browser.get('/staff/exchange/outgoing')).status).toBe(403)
      expect((await browser.post('/staff/exchange/outgoing', PERIOD)).status).toBe(403)
    }
    expect((await logEntries()).length).toBe(before)
  })

  it('two lists requested at once are two complete exchanges', async () => {
    const before = (await logEntries()).length
    const [a, b] = await Promise.all([
      (await as(reviewer)).post('/staff/exchange/outgoing', PERIOD),
      (await as(leader)).post('/staff/exchange/outgoing', PERIOD),
    ])
    expect([a.status, b.status]).toEqual([303, 303])
    const rows = (await logEntries()).slice(before)
    expect(rows).toHaveLength(2)
    expect(rows.every((r) => r.item_count === 4 && r.file_key)).toBe(true)
    expect(new Set(rows.map((r) => r.file_key)).size).toBe(2)
  })
})

const stored = () => filesUnder(path.join(t.config.dataDir, 'files'))
