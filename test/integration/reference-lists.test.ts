import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TestBrowser } from '../helpers/applicant.js'
import {
  batchIdFrom,
  CASE_HEADER,
  csvText,
  ID_NUMBER,
  uploadExchangeFile,
  xlsxOf,
} from '../helpers/exchange-import-fixtures.js'
import { createStaff, staffBrowser } from '../helpers/staff.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { fileOf } from '../helpers/upload-fixtures.js'
import { pdfText } from '../helpers/pdf-text.js'

/**
 * Reference lists through HTTP against the real database: an admin imports a 失信 list with its
 * source, date and basis; the rule that compares with it (X09) raises the case whose 被执行人 it names
 * by name and the visible digits of a masked number, and not the near miss; a bad file changes
 * nothing; withdrawing the list takes the flag away again; every change is audited.
 */
let t: TestApp
let admin: TestBrowser
let reviewer: TestBrowser
let batchId: string
const PAID = '（2026）豫0403执501号'
const NEAR = '（2026）豫0403执502号'

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-12-03T02:00:00Z') })
  admin = await staffBrowser(t.app, t.deps, await createStaff(t.deps, { roles: ['admin'] }))
  reviewer = await staffBrowser(t.app, t.deps, await createStaff(t.deps, { roles: ['reviewer'] }))
  const row = (no: string, name: string, id: string) => [
    no,
    '2026-01-05',
    '甲公司',
    name,
    id,
    '100000',
    '100000',
    '执行完毕',
    '2026-03-02',
  ]
  const book = await xlsxOf([
    {
      name: '执行案件',
      rows: [
        CASE_HEADER,
        row(PAID, '王小明', ID_NUMBER),
        row(NEAR, '赵大勇', '410403198502021234'),
      ],
    },
  ])
  const res = await uploadExchangeFile(reviewer, book, '清单.xlsx')
  batchId = batchIdFrom(res)!
  const confirmed = await reviewer.post(`/staff/exchange/batches/${batchId}/confirm`, {})
  expect(confirmed.status).toBe(303)
}, 60_000)
afterAll(() => t.close())

const HEAD = ['被执行人姓名/名称', '证件号码', '执行案号', '发布时间', '失信被执行人行为具体情形']
const LIST = [
  HEAD,
  ['王小明', '4104**********1232', PAID, '2026-01-20', '违反限制消费令'],
  // the same visible prefix, other last digits: another person
  ['赵大勇', '4104**********9999', NEAR, '2026-01-20', '违反限制消费令'],
]

function listForm(rows: unknown[][], over: Record<string, string> = {}) {
  const form = new FormData()
  const fields = {
    kind: 'dishonest',
    source: '中国执行信息公开网',
    obtainedOn: '2026-11-20',
    legalBasis: '人民检察院依法履行民事执行活动监督职责',
    ...over,
  }
  for (const [k, v] of Object.entries(fields)) form.append(k, v)
  form.append('file', fileOf(Buffer.from(csvText(rows), 'utf8'), '失信名单.csv'))
  return form
}

const raised = () =>
  t.db.db
    .selectFrom('rule_results as r')
    .innerJoin('court_cases as c', 'c.id', 'r.case_id')
    .select(['c.case_no', 'r.evidence'])
    .where('r.rule_id', '=', 'X09')
    .where('r.outcome', '=', 'raised')
    .execute()
const lists = () => t.db.db.selectFrom('reference_lists').selectAll().execute()

describe('reference lists', () => {
  it('does not run X09 before a list is imported, and says so once', async () => {
    const rows = await t.db.db
      .selectFrom('rule_results')
      .select('rule_id')
      .where('rule_id', '=', 'X09')
      .execute()
    expect(rows).toEqual([])
    const report = await (await reviewer.get(`/staff/exchange/batches/${batchId}`)).text()
    expect(report).toContain('X09 履行完毕后仍失信、限消：缺少失信被执行人名单或限制消费名单')
    const rules = await (await reviewer.get('/staff/leads/rules/X09')).text()
    expect(rules).toContain('未评估：尚未导入失信被执行人名单或限制消费名单')
  })

  it('refuses a file missing a required column, or with a bad row, storing nothing', async () => {
    let res = await admin.upload(
      '/staff/admin/reference-lists',
      listForm(LIST.map((r) => r.slice(0, 3))),
    )
    expect(res.status).toBe(422)
    expect(await res.text()).toContain('缺少必需的列：发布时间')
    const bad = [...LIST, ['李四', '', PAID, '2026-02-30', '']]
    res = await admin.upload('/staff/admin/reference-lists', listForm(bad))
    expect(res.status).toBe(422)
    expect(await res.text()).toContain('第 4 行：发布时间')
    res = await admin.upload('/staff/admin/reference-lists', listForm(LIST, { source: '' }))
    expect(res.status).toBe(422)
    expect(await res.text()).toContain('请填写名单来源')
    res = await admin.upload(
      '/staff/admin/reference-lists',
      listForm(LIST, { obtainedOn: '2027-01-01' }),
    )
    expect(res.status).toBe(422)
    expect(await lists()).toEqual([])
    expect(await raised()).toEqual([])
  })

  it('is for admins only', async () => {
    const res = await reviewer.upload('/staff/admin/reference-lists', listForm(LIST))
    expect(res.status).toBe(403)
    expect((await reviewer.get('/staff/admin/reference-lists')).status).toBe(403)
  })

  it('imports a list, raises the matched case only, and audits it', async () => {
    const res = await admin.upload('/staff/admin/reference-lists', listForm(LIST))
    expect(res.status).toBe(303)
    const found = await raised()
    expect(found.map((r) => r.case_no)).toEqual([PAID])
    expect(found[0]!.evidence).toContain('应于 2026-03-05 前删除失信信息')
    expect(found[0]!.evidence).toContain('王*明')
    expect(found[0]!.evidence).not.toContain('王小明')
    const [list] = await lists()
    expect(list).toMatchObject({ kind: 'dishonest', entry_count: 2, status: 'active' })
    const entries = await t.db.db.selectFrom('reference_entries').select('id_encrypted').execute()
    expect(entries.every((e) => !String(e.id_encrypted).includes('1232'))).toBe(true)
    const audit = await t.db.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'reference_list.upload')
      .executeTakeFirstOrThrow()
    expect(audit.details).toMatchObject({ kind: 'dishonest', entries: 2, raisedByRule: { X09: 1 } })
    const page = await (await admin.get('/staff/admin/reference-lists')).text()
    expect(page).toContain('中国执行信息公开网，2026-11-20 获取')
    const again = await admin.upload('/staff/admin/reference-lists', listForm(LIST))
    expect(again.status).toBe(422)
    expect(await again.text()).toContain('同一文件已作为失信被执行人名单导入')
  })

  it('issues a numbered 说明案件执行情况通知书 for the lead, with the reply date', async () => {
    const lead = await t.db.db
      .selectFrom('leads as l')
      .innerJoin('court_cases as c', 'c.id', 'l.case_id')
      .select('l.id')
      .where('c.case_no', '=', PAID)
      .executeTakeFirstOrThrow()
    const path = `/staff/leads/${lead.id}/inquiries`
    const empty = await reviewer.post(path, { questions: '' })
    expect(empty.status).toBe(422)
    expect(await empty.text()).toContain('请写明需要法院说明的情况')
    expect((await admin.post(path, { questions: '说明' })).status).toBe(403)
    const res = await reviewer.post(path, { questions: '结案后仍在失信名单上的原因' })
    expect(res.status).toBe(303)
    const row = await t.db.db
      .selectFrom('execution_inquiries')
      .selectAll()
      .executeTakeFirstOrThrow()
    // issued 2026-12-03; 15 days (the unverified default) end on Friday 12-18
    expect(row).toMatchObject({ reply_days: 15, issued_on: '2026-12-03', reply_due: '2026-12-18' })
    expect(row.number).toMatch(/检民执监说明〔2026〕1号$/)
    const page = await (await reviewer.get(`/staff/leads/${lead.id}`)).text()
    expect(page).toContain(`${row.number}</a>`)
    const pdf = await reviewer.get(`/staff/leads/${lead.id}/inquiries/${row.id}`)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    const text = (await pdfText(new Uint8Array(await pdf.arrayBuffer()))).replace(/\s+/g, '')
    expect(text).toContain('说明案件执行情况通知书')
    expect(text).toContain(PAID)
    expect(text).toContain('15日内（2026-12-18前）')
    expect(text).toContain('结案后仍在失信名单上的原因')
    expect((await reviewer.get(`/staff/leads/${lead.id}/inquiries/${lead.id}`)).status).toBe(404)
    const audit = await t.db.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'lead.inquiry_issue')
      .executeTakeFirstOrThrow()
    expect(audit.details).toMatchObject({ number: row.number, replyDue: '2026-12-18' })
  })

  it('withdraws a list with a reason, and the flag goes with it', async () => {
    const [list] = await lists()
    const path = `/staff/admin/reference-lists/${list!.id}/withdraw`
    expect((await admin.post(path, { reason: '' })).status).toBe(422)
    expect((await admin.post(path, { reason: '名单已过时' })).status).toBe(303)
    expect(await raised()).toEqual([])
    expect((await lists())[0]).toMatchObject({ status: 'withdrawn', withdraw_reason: '名单已过时' })
    expect((await admin.post(path, { reason: '再次' })).status).toBe(404)
    const audit = await t.db.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'reference_list.withdraw')
      .execute()
    expect(audit).toHaveLength(1)
  })
})
