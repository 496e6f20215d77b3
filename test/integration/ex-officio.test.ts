import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TestBrowser } from '../helpers/applicant.js'
import { batchIdFrom, uploadExchangeFile } from '../helpers/exchange-import-fixtures.js'
import { PLANTED, plantedWorkbook } from '../helpers/leads-fixtures.js'
import { createStaff, staffBrowser } from '../helpers/staff.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'

/**
 * Ex-officio (依职权) cases through HTTP: 有效 opens one (or joins the open one) and it shows in the
 * staff queue; opened by hand with a ground; 立案 → 审查 → 检察建议 with the leader's approval, or
 * 终结审查; no applicant email is ever queued.
 */
let t: TestApp
let reviewer: TestBrowser
let leader: TestBrowser
beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-12-03T02:00:00Z') })
  reviewer = await staffBrowser(t.app, t.deps, await createStaff(t.deps, { roles: ['reviewer'] }))
  leader = await staffBrowser(t.app, t.deps, await createStaff(t.deps, { roles: ['leader'] }))
  const res = await uploadExchangeFile(reviewer, await plantedWorkbook(20), '清单.xlsx')
  expect(res.status, await res.clone().text()).toBe(303)
  const confirmed = await reviewer.post(`/staff/exchange/batches/${batchIdFrom(res)!}/confirm`, {})
  // A refused or failed import would show up below only as "no lead": say why here instead.
  expect(confirmed.status, await confirmed.clone().text()).toBe(303)
  expect(await leadOf(PLANTED[1]!.caseNo)).toMatchObject({ status: expect.any(String) })
}, 60_000)
afterAll(() => t.close())

const leadOf = (caseNo: string) =>
  t.db.db
    .selectFrom('leads as l')
    .innerJoin('court_cases as c', 'c.id', 'l.case_id')
    .select(['l.id', 'l.version', 'l.status'])
    .where('c.case_no', '=', caseNo)
    .executeTakeFirstOrThrow()

const exCase = (id: string) =>
  t.db.db.selectFrom('ex_officio_cases').selectAll().where('id', '=', id).executeTakeFirstOrThrow()

async function act(b: TestBrowser, id: string, action: string, text?: string) {
  const { version } = await exCase(id)
  return b.post(`/staff/ex-officio/${id}/action`, {
    action,
    version: String(version),
    ...(text ? { text } : {}),
  })
}

let caseId: string
describe('a lead judged 有效', () => {
  it('opens an ex-officio case that shows in the queue with its origin', async () => {
    const lead = await leadOf(PLANTED[1]!.caseNo)
    const res = await reviewer.post(`/staff/leads/${lead.id}/decision`, {
      version: String(lead.version),
      decision: 'valid',
      reason: '证据指向违法情形，需要立案审查',
    })
    expect(res.status).toBe(303)
    const link = await t.db.db
      .selectFrom('ex_officio_case_leads')
      .select('case_id')
      .where('lead_id', '=', lead.id)
      .executeTakeFirstOrThrow()
    caseId = link.case_id
    const k = await exCase(caseId)
    expect(k).toMatchObject({ source: 'lead', stage: 'filed', court_case_no: PLANTED[1]!.caseNo })
    expect(k.facts).toContain('X02')
    const queue = await (await reviewer.get('/staff')).text()
    expect(queue).toContain('依职权案件（1）')
    expect(queue).toContain(PLANTED[1]!.caseNo)
    expect(queue).toContain('依职权（法检数据监督线索，线索 1 条）')
    const page = await (await reviewer.get(`/staff/ex-officio/${caseId}`)).text()
    expect(page).toContain('无申请人')
    expect(page).toContain('X02 终本前要件缺失')
  })

  it('is refused a second time from the same page, and the lead links to its case', async () => {
    const lead = await leadOf(PLANTED[1]!.caseNo)
    const html = await (await reviewer.get(`/staff/leads/${lead.id}`)).text()
    expect(html).toContain('已立为依职权案件')
    expect(html).not.toContain('提交初筛结论')
  })
})

describe('opening by hand', () => {
  it('needs a source, a ground, the court case and the facts', async () => {
    const res = await reviewer.post('/staff/ex-officio', {
      courtName: '卫东区法院',
      courtCaseNo: '123',
    })
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('请选择依职权监督的情形')
    expect(html).toContain('请按“（2024）豫0403执123号”的格式填写执行案号')
    expect(html).toContain('value="卫东区法院"')
    expect((await leader.post('/staff/ex-officio', {})).status).toBe(403)
  })

  it('opens a case from 信访 and runs it to 终结审查', async () => {
    const res = await reviewer.post('/staff/ex-officio', {
      source: 'petition',
      ground: 'social_impact',
      courtName: '平顶山市卫东区人民法院',
      courtCaseNo: '（2025）豫0403执88号',
      facts: '信访人反映该案长期未执行，涉及群体性欠薪。',
    })
    expect(res.status).toBe(303)
    const id = /ex-officio\/([0-9a-f-]{36})/.exec(res.headers.get('location')!)![1]!
    expect((await act(reviewer, id, 'start_review')).status).toBe(303)
    const missing = await act(reviewer, id, 'terminate')
    expect(missing.status).toBe(422)
    expect(await missing.text()).toContain('请写明终结审查的理由')
    expect((await act(reviewer, id, 'terminate', '法院已自行纠正，恢复执行。')).status).toBe(303)
    expect(await exCase(id)).toMatchObject({
      stage: 'terminated',
      termination_reason: '法院已自行纠正，恢复执行。',
    })
  })
})

describe('the 检察建议 path', () => {
  it('needs the leader to approve what the reviewer proposes', async () => {
    expect((await act(reviewer, caseId, 'start_review')).status).toBe(303)
    expect(
      (await act(reviewer, caseId, 'propose_recommendation', '建议依法补发限制消费令。')).status,
    ).toBe(303)
    expect((await act(reviewer, caseId, 'approve_recommendation')).status).toBe(409)
    expect((await act(leader, caseId, 'approve_recommendation')).status).toBe(303)
    expect((await act(reviewer, caseId, 'close')).status).toBe(303)
    expect((await exCase(caseId)).stage).toBe('closed')
    const audit = await t.db.db
      .selectFrom('audit_events')
      .select('action')
      .where('object_id', '=', caseId)
      .orderBy('occurred_at')
      .execute()
    expect(audit.map((a) => a.action)).toEqual([
      'ex_officio.open',
      'ex_officio.start_review',
      'ex_officio.propose_recommendation',
      'ex_officio.approve_recommendation',
      'ex_officio.close',
    ])
  })

  it('refuses a stale page', async () => {
    const res = await reviewer.post(`/staff/ex-officio/${caseId}/action`, {
      action: 'close',
      version: '1',
    })
    expect(res.status).toBe(409)
  })

  it('queues no email for anyone', async () => {
    expect(await t.db.db.selectFrom('outbox_messages').select('id').execute()).toEqual([])
  })
})
