import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TestBrowser } from '../helpers/applicant.js'
import { batchIdFrom, uploadExchangeFile } from '../helpers/exchange-import-fixtures.js'
import { laterWorkbook, PLANTED, plantedWorkbook } from '../helpers/leads-fixtures.js'
import { createStaff, staffBrowser } from '../helpers/staff.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { SETTING_FIELDS } from '../../src/staff/admin/lead-rules/lead-rules.schema.js'

/**
 * Supervision leads from an imported court list, through HTTP against the real database: the planted
 * violations among many clean cases are exactly what the rules raise, with the evidence; thresholds
 * re-evaluate and are audited; 初筛 is validated, version-checked and audited; a later import keeps
 * a 无效 lead quiet unless its evidence changed.
 */
let t: TestApp
let reviewer: TestBrowser
let admin: TestBrowser
const CLEAN = 1200
beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-12-03T02:00:00Z') })
  reviewer = await staffBrowser(t.app, t.deps, await createStaff(t.deps, { roles: ['reviewer'] }))
  admin = await staffBrowser(t.app, t.deps, await createStaff(t.deps, { roles: ['admin'] }))
}, 60_000)
afterAll(() => t.close())

async function importFile(bytes: Buffer, name: string) {
  const res = await uploadExchangeFile(reviewer, bytes, name)
  expect(res.status).toBe(303)
  const batchId = batchIdFrom(res)!
  const confirmed = await reviewer.post(`/staff/exchange/batches/${batchId}/confirm`, {})
  expect(confirmed.status).toBe(303)
  return batchId
}

async function raisedByCase(): Promise<Map<string, string[]>> {
  const rows = await t.db.db
    .selectFrom('rule_results as r')
    .innerJoin('court_cases as c', 'c.id', 'r.case_id')
    .select(['c.case_no', 'r.rule_id'])
    .where('r.outcome', '=', 'raised')
    .orderBy('c.case_no')
    .orderBy('r.rule_id')
    .execute()
  const out = new Map<string, string[]>()
  for (const r of rows) out.set(r.case_no, [...(out.get(r.case_no) ?? []), r.rule_id])
  return out
}

const leadOf = (caseNo: string) =>
  t.db.db
    .selectFrom('leads as l')
    .innerJoin('court_cases as c', 'c.id', 'l.case_id')
    .select(['l.id', 'l.status', 'l.version', 'l.change_note', 'l.severity'])
    .where('c.case_no', '=', caseNo)
    .executeTakeFirstOrThrow()

let batchId: string
describe('a generated batch with planted violations', () => {
  it('raises exactly the planted cases, with the evidence a prosecutor can check', async () => {
    batchId = await importFile(await plantedWorkbook(CLEAN), '执行案件清单.xlsx')
    const raised = await raisedByCase()
    expect(Object.fromEntries(raised)).toEqual(
      Object.fromEntries(PLANTED.map((p) => [p.caseNo, [...p.rules].sort()])),
    )
    for (const p of PLANTED) {
      for (const [rule, text] of Object.entries(p.evidence)) {
        const r = await t.db.db
          .selectFrom('rule_results as r')
          .innerJoin('court_cases as c', 'c.id', 'r.case_id')
          .select(['r.evidence', 'r.batch_id'])
          .where('c.case_no', '=', p.caseNo)
          .where('r.rule_id', '=', rule)
          .executeTakeFirstOrThrow()
        expect(r.evidence).toContain(text)
        expect(r.batch_id).toBe(batchId)
      }
    }
    // clear results are not stored; every case has its 无法判断 rows (no 收案日期, 案由, 执行依据 columns)
    const unknown = await t.db.db
      .selectFrom('rule_results')
      .select(['rule_id', (eb) => eb.fn.countAll<string>().as('n')])
      .where('outcome', '=', 'unknown')
      .groupBy('rule_id')
      .orderBy('rule_id')
      .execute()
    const all = String(CLEAN + PLANTED.length)
    expect(unknown.filter((u) => u.n === all).map((u) => u.rule_id)).toEqual([
      'X07B',
      'X17A',
      'X17B',
    ])
  })

  it('reports flags raised and the rules the file could not feed', async () => {
    const page = await (await reviewer.get(`/staff/exchange/batches/${batchId}`)).text()
    expect(page).toContain('新增线索')
    expect(page).toMatch(/触发 X01 终本过早的案件（该法院全部案件）<\/th>\s*<td>1</)
    expect(page).toContain('无法评估的规则（缺少的列）')
    expect(page).toContain('X07B 执行通知迟延：缺少收案日期')
    expect(page).toContain('X17A 同一申请人系列民间借贷执行：缺少案由')
  })

  it('lists one lead per case, by severity then unpaid amount, filterable by rule', async () => {
    const res = await reviewer.get('/staff/leads')
    expect(res.status).toBe(200)
    const html = await res.text()
    const order = PLANTED.map((p) => html.indexOf(p.caseNo))
    expect(order.every((i) => i > 0)).toBe(true)
    // X07A+X14 (2+2) and X02+X10 (3+2) outrank X01 (3) and X08 (3); equal severity: unpaid first
    expect(html.indexOf(PLANTED[1]!.caseNo)).toBeLessThan(html.indexOf(PLANTED[3]!.caseNo))
    expect(html.indexOf(PLANTED[3]!.caseNo)).toBeLessThan(html.indexOf(PLANTED[0]!.caseNo))
    const x08 = await (await reviewer.get('/staff/leads?rule=X08')).text()
    expect(x08).toContain(PLANTED[2]!.caseNo)
    expect(x08).not.toContain(PLANTED[0]!.caseNo)
    const bad = await reviewer.get('/staff/leads?rule=X99')
    expect(bad.status).toBe(422)
    expect(await bad.text()).toContain('请选择规则')
  })

  it('shows a rule page with the cases it raised, and the rules left out', async () => {
    const html = await (await reviewer.get('/staff/leads/rules/X14')).text()
    expect(html).toContain(PLANTED[3]!.caseNo)
    expect(html).toContain('〈中华人民共和国民事诉讼法〉的解释》第四百八十五条')
    expect(html).toContain('X17C 执行款回流')
    const intake = await staffBrowser(
      t.app,
      t.deps,
      await createStaff(t.deps, { roles: ['intake'] }),
    )
    expect((await intake.get('/staff/leads')).status).toBe(403)
  })
})

describe('thresholds', () => {
  const form = (over: Record<string, string>) => ({
    ...Object.fromEntries(SETTING_FIELDS.map((f) => [f.key, String(f.default)])),
    ...over,
  })

  it('refuses a value out of range with the same page, storing nothing', async () => {
    const res = await admin.post('/staff/admin/lead-rules', form({ 'X08.days': '0' }))
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('请填写 1 到 180 之间的整数')
    expect(await t.db.db.selectFrom('lead_settings').selectAll().execute()).toEqual([])
  })

  it('re-evaluates on a change and audits it with old and new values', async () => {
    const p4 = PLANTED[3]!.caseNo
    const res = await admin.post('/staff/admin/lead-rules', form({ 'X14.depositYears': '2' }))
    expect(res.status).toBe(303)
    expect((await raisedByCase()).get(p4)).toEqual(['X07A'])
    expect((await leadOf(p4)).severity).toBe(2)
    const audit = await t.db.db
      .selectFrom('audit_events')
      .select(['details'])
      .where('action', '=', 'lead_settings.update')
      .executeTakeFirstOrThrow()
    expect(audit.details).toMatchObject({
      changes: [{ key: 'X14.depositYears', from: 1, to: 2, default: 1 }],
      raisedBefore: 6,
      raisedAfter: 5,
    })
    expect((await admin.post('/staff/admin/lead-rules', form({}))).status).toBe(303)
    expect((await raisedByCase()).get(p4)).toEqual(['X07A', 'X14'])
    expect((await reviewer.post('/staff/admin/lead-rules', form({}))).status).toBe(403)
  })

  it('clears a pending lead no rule raises any more', async () => {
    const p3 = PLANTED[2]!.caseNo
    await admin.post('/staff/admin/lead-rules', form({ 'X08.days': '180', 'X08.workingDays': '1' }))
    // 180 working days from 2026-01-10 end in late September: still raised
    expect((await raisedByCase()).get(p3)).toEqual(['X08'])
    await t.db.db.deleteFrom('court_ledger_rows').execute()
    await admin.post('/staff/admin/lead-rules', form({}))
    expect((await leadOf(p3)).status).toBe('cleared')
    expect(await (await reviewer.get('/staff/leads')).text()).not.toContain(p3)
  })
})

describe('初筛', () => {
  it('needs a reason that fits the decision, and text for 其他', async () => {
    const lead = await leadOf(PLANTED[0]!.caseNo)
    const post = (f: Record<string, string>) =>
      reviewer.post(`/staff/leads/${lead.id}/decision`, { version: String(lead.version), ...f })
    let res = await post({ decision: 'invalid', reason: '' })
    expect(res.status).toBe(422)
    expect(await res.text()).toContain('请选择理由')
    res = await post({ decision: 'invalid', reason: '证据指向违法情形，需要立案审查' })
    expect(res.status).toBe(422)
    res = await post({ decision: 'invalid', reason: '其他' })
    expect(await res.text()).toContain('请写明具体理由')
    expect((await leadOf(PLANTED[0]!.caseNo)).status).toBe('pending')
  })

  it('records 无效 with the audit event, and refuses a second submission of the same page', async () => {
    const lead = await leadOf(PLANTED[0]!.caseNo)
    const fields = {
      version: String(lead.version),
      decision: 'invalid',
      reason: '导入数据有误或不完整',
    }
    const res = await reviewer.post(`/staff/leads/${lead.id}/decision`, fields)
    expect(res.status).toBe(303)
    expect((await leadOf(PLANTED[0]!.caseNo)).status).toBe('invalid')
    const again = await reviewer.post(`/staff/leads/${lead.id}/decision`, fields)
    expect(again.status).toBe(409)
    const audit = await t.db.db
      .selectFrom('audit_events')
      .select(['details'])
      .where('action', '=', 'lead.decide')
      .where('object_id', '=', lead.id)
      .execute()
    expect(audit).toHaveLength(1)
    expect(audit[0]!.details).toMatchObject({ decision: 'invalid', previous: 'pending' })
  })

  it('keeps a 无效 lead quiet on a later import with the same evidence', async () => {
    const same = [
      PLANTED[0]!.caseNo,
      '2026-03-01',
      '甲公司',
      '乙',
      '100000',
      '0',
      '终本',
      '2026-05-20',
    ]
    const other = [
      '（2026）豫0403执1号',
      '2026-01-05',
      '申请人1',
      '被执行人1',
      '5000',
      '5000',
      '执行完毕',
      '2026-04-02',
    ]
    await importFile(await laterWorkbook([same, other]), '第二批.xlsx')
    const lead = await leadOf(PLANTED[0]!.caseNo)
    expect(lead.status).toBe('invalid')
    expect(lead.change_note).toBeNull()
  })

  it('raises it again when the evidence changed, saying what changed', async () => {
    const changed = [
      PLANTED[0]!.caseNo,
      '2026-03-01',
      '甲公司',
      '乙',
      '100000',
      '0',
      '终本',
      '2026-05-25',
    ]
    await importFile(await laterWorkbook([changed]), '第三批.xlsx')
    const lead = await leadOf(PLANTED[0]!.caseNo)
    expect(lead.status).toBe('pending')
    expect(lead.change_note).toContain('初筛为无效后证据有变化')
    expect(lead.change_note).toContain('终本日期 2026-05-25')
    const html = await (await reviewer.get(`/staff/leads/${lead.id}`)).text()
    expect(html).toContain('证据变化')
  })
})
