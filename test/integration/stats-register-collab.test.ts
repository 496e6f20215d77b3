import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TestBrowser } from '../helpers/applicant.js'
import { batchIdFrom, uploadExchangeFile } from '../helpers/exchange-import-fixtures.js'
import { PLANTED, plantedWorkbook } from '../helpers/leads-fixtures.js'
import { createStaff, staffBrowser, type TestStaff } from '../helpers/staff.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { fileOf, pdfBytes } from '../helpers/upload-fixtures.js'
import { figureRows, parseCsv, tablesOf } from '../helpers/stats-page.js'

/**
 * The statistics of the 检察建议 register, the supervision leads and the collaboration ledger (issue
 * 17), from records made through their own forms in 2025 and 2026: the page, the case lists behind
 * the figures, the CSV export and the leads-by-rule chart all read the same counts back.
 */
let t: TestApp
let reviewer: TestStaff
let leader: TestStaff
const at = (china: string) => new Date(`${china}+08:00`)
const as = (s: TestStaff): Promise<TestBrowser> => staffBrowser(t.app, t.deps, s)
const idFrom = (res: Response, what: string) =>
  new RegExp(`/staff/${what}/([0-9a-f-]{36})`).exec(res.headers.get('location') ?? '')![1]!
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

const CASES = '（2025）豫0403执1234号\n（2025）豫0403执1301号'
const TEXT = {
  violations: '两起案件中均存在查封财产后超过一年未处置、未告知申请执行人的情形。',
  recommendation: '建议该院清理查封后长期未处置的财产，依法及时处置并告知申请执行人。',
  legalBasis: '《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》',
}

/** A 检察建议 drafted in the register, approved by the leader and served, each on its own day. */
async function registered(kind: string, decided: string, served: string): Promise<string> {
  t.clock.set(at(`${decided}T09:00:00`))
  const fields =
    kind === 'social_governance'
      ? { kind, organ: '平顶山市卫东区住房和城乡建设局', caseNumbers: CASES, ...TEXT }
      : { kind, court: '豫0403', caseNumbers: CASES, ...TEXT }
  const drafted = await (await as(reviewer)).post('/staff/recommendations/new', fields)
  expect(drafted.status).toBe(303)
  const id = idFrom(drafted, 'recommendations')
  const page = `/staff/recommendations/${id}`
  const ok = await (
    await as(leader)
  ).post(`${page}/decide`, {
    version: await version(id),
    decision: 'approve',
  })
  expect(ok.status).toBe(303)
  t.clock.set(at(`${served}T10:00:00`))
  const res = await (
    await as(reviewer)
  ).post(`${page}/service`, {
    version: await version(id),
    servedOn: served,
    method: 'direct',
  })
  expect(res.status).toBe(303)
  return id
}

async function reply(id: string, receivedOn: string, fields: Record<string, string | string[]>) {
  t.clock.set(at(`${receivedOn}T15:00:00`))
  const form = new FormData()
  form.append('version', await version(id))
  form.append('receivedOn', receivedOn)
  form.append(
    'letterNumber',
    `（${receivedOn.slice(0, 4)}）豫0403执监复${receivedOn.slice(5, 7)}号`,
  )
  for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) form.append(k, x)
  form.append('file', fileOf(await pdfBytes(), '回复意见函.pdf'))
  const res = await (await as(reviewer)).upload(`/staff/recommendations/${id}/reply`, form)
  expect(res.status).toBe(303)
}

async function meeting(kind: string, heldOn: string) {
  const form = new FormData()
  const fields = {
    kind,
    heldOn,
    place: '卫东区人民法院第三会议室',
    chair: '赵检察长',
    participants: '卫东区人民法院：王院长\n卫东区人民检察院：赵检察长',
    agenda: '通报执行监督情况',
  }
  for (const [k, v] of Object.entries(fields)) form.append(k, v)
  expect((await (await as(reviewer)).upload('/staff/meetings/new', form)).status).toBe(303)
}

async function buildDataset() {
  // 2025: one 类案 检察建议, not adopted; one 两长 meeting
  const old = await registered('similar_cases', '2025-06-10', '2025-06-12')
  await reply(old, '2025-07-01', {
    outcome: 'not_adopted',
    courtReasons: '所涉财产已另案处置。',
    reasonsAccepted: 'yes',
  })
  t.clock.set(at('2025-11-21T10:00:00'))
  await meeting('chiefs', '2025-11-20')
  // 2026: a 类案 one adopted with money paid out; a 社会治理 one overdue and urged
  const adopted = await registered('similar_cases', '2026-03-10', '2026-03-12')
  await reply(adopted, '2026-05-20', {
    outcome: 'adopted',
    measures: ['pay_out'],
    amountPaid: '5000.50',
  })
  const overdue = await registered('social_governance', '2026-04-01', '2026-04-03')
  t.clock.set(at('2026-08-03T10:00:00'))
  const urged = await (
    await as(reviewer)
  ).post(`/staff/recommendations/${overdue}/follow-up`, {
    version: await version(overdue),
    kind: 'urge_reply',
    note: '电话联系，要求尽快书面回复。',
  })
  expect(urged.status).toBe(303)
  // leads from an imported court list (the fixture's dates suit 2026-12-03), screened
  t.clock.set(at('2026-12-03T10:00:00'))
  const browser = await as(reviewer)
  const upload = await uploadExchangeFile(browser, await plantedWorkbook(10), '清单.xlsx')
  expect(
    (await browser.post(`/staff/exchange/batches/${batchIdFrom(upload)!}/confirm`, {})).status,
  ).toBe(303)
  await screen(PLANTED[0]!.caseNo, 'invalid', '导入数据有误或不完整')
  await screen(PLANTED[1]!.caseNo, 'valid', '证据指向违法情形，需要立案审查')
  const byHand = await browser.post('/staff/ex-officio', {
    source: 'petition',
    ground: 'social_impact',
    courtName: '平顶山市卫东区人民法院',
    courtCaseNo: '（2025）豫0403执88号',
    facts: '信访人反映该案长期未执行，涉及群体性欠薪。',
  })
  expect(byHand.status).toBe(303)
  await collaboration(browser)
  t.clock.set(at('2026-12-20T10:00:00'))
}

async function screen(caseNo: string, decision: string, reason: string) {
  const lead = await t.db.db
    .selectFrom('leads as l')
    .innerJoin('court_cases as c', 'c.id', 'l.case_id')
    .select(['l.id', 'l.version'])
    .where('c.case_no', '=', caseNo)
    .executeTakeFirstOrThrow()
  const res = await (
    await as(reviewer)
  ).post(`/staff/leads/${lead.id}/decision`, {
    version: String(lead.version),
    decision,
    reason,
  })
  expect(res.status).toBe(303)
}

/** Two meetings, a referral the police filed, two petitions (one 化解). */
async function collaboration(browser: TestBrowser) {
  await meeting('chiefs', '2026-11-20')
  await meeting('info_exchange', '2026-06-01')
  const lead = await browser.post('/staff/referrals/new', {
    crime: 'refusal_to_execute',
    courtCaseNumber: '（2024）豫0403执118号',
    suspectName: '平顶山市某某商贸有限公司',
    suspectType: 'organisation',
    facts: '被执行人在执行期间将名下房产转让给关联公司，有能力执行而拒不执行。',
    foundBy: 'procuratorate',
  })
  expect(lead.status).toBe(303)
  const referral = `/staff/referrals/${idFrom(lead, 'referrals')}`
  const sent = await browser.post(`${referral}/send`, {
    policeOrgan: '平顶山市公安局卫东分局',
    sentOn: '2026-11-24',
    evidence: '房产转让合同\n银行流水',
  })
  expect(sent.status).toBe(303)
  const answered = await browser.post(`${referral}/answer`, {
    answer: 'filed',
    answeredOn: '2026-11-30',
  })
  expect(answered.status).toBe(303)
  for (const [receivedOn, outcome] of [
    ['2026-11-20', 'resolved'],
    ['2026-10-10', undefined],
  ] as const) {
    const res = await browser.post('/staff/petitions/new', {
      petitionerName: '张秀英',
      petitionerPhone: '139 1234 8765',
      channel: 'visit',
      receivedOn,
      courtName: '平顶山市卫东区人民法院',
      courtCaseNumber: '（2024）豫0403执256号',
      complaint: '执行案件立案两年，法院未采取任何执行措施。',
    })
    expect(res.status).toBe(303)
    if (outcome) {
      const done = await browser.post(`/staff/petitions/${idFrom(res, 'petitions')}/outcome`, {
        outcome,
        outcomeOn: '2026-11-26',
      })
      expect(done.status).toBe(303)
    }
  }
}

beforeAll(async () => {
  t = await createTestApp({ now: at('2025-06-01T09:00:00') })
  reviewer = await createStaff(t.deps, { roles: ['reviewer'], displayName: '李检察' })
  leader = await createStaff(t.deps, { roles: ['leader'], displayName: '赵检察长' })
  await buildDataset()
}, 180_000)
afterAll(async () => {
  await t?.close()
})

const YEAR = 'period=year&year=2026'

describe('/staff/stats for the register, leads and collaboration', () => {
  it('counts each figure in 2026 and beside it 2025, on the page and in the CSV', async () => {
    const browser = await as(leader)
    const html = await (await browser.get(`/staff/stats?${YEAR}`)).text()
    const rows = figureRows(html)
    const expected: Record<string, [string, string]> = {
      'recommendations.decided': ['2', '1'],
      'recommendations.decided_individual': ['0', '0'],
      'recommendations.decided_similar_cases': ['1', '1'],
      'recommendations.decided_social_governance': ['1', '0'],
      'recommendations.served': ['2', '1'],
      'recommendations.replied': ['1', '1'],
      'recommendations.adopted': ['1', '0'],
      'recommendations.partly_adopted': ['0', '0'],
      'recommendations.not_adopted': ['0', '1'],
      'recommendations.reply_rate': ['50%', '100%'],
      'recommendations.adoption_rate': ['100%', '0%'],
      'recommendations.with_measures': ['1', '0'],
      'recommendations.amount_paid': ['5000.50', '0'],
      'recommendations.extended': ['0', '0'],
      'recommendations.followed_up': ['1', '0'],
      'recommendations.overdue_now': ['1', '—'],
      'leads.raised': [String(PLANTED.length), '0'],
      'leads.valid': ['1', '0'],
      'leads.invalid': ['1', '0'],
      'leads.ex_officio_opened': ['2', '0'],
      'leads.ex_officio_from_leads': ['1', '0'],
      'collaboration.meetings': ['2', '1'],
      'collaboration.meetings_chiefs': ['1', '1'],
      'collaboration.meetings_info_exchange': ['1', '0'],
      'collaboration.meetings_city_consult': ['0', '0'],
      'collaboration.meetings_other': ['0', '0'],
      'collaboration.referrals_sent': ['1', '0'],
      'collaboration.referrals_filed': ['1', '0'],
      'collaboration.referrals_not_filed': ['0', '0'],
      'collaboration.petitions_received': ['2', '0'],
      'collaboration.petitions_resolved': ['1', '0'],
      'collaboration.petitions_converted': ['0', '0'],
    }
    for (const [id, value] of Object.entries(expected)) expect(rows[id], id).toEqual(value)
    const tables = tablesOf(html)
    for (const id of ['recommendations', 'leads', 'collaboration']) {
      const csv = await browser.get(`/staff/stats/export.csv?table=${id}&${YEAR}`)
      expect(csv.status).toBe(200)
      const lines = parseCsv(
        Buffer.from(await csv.arrayBuffer())
          .subarray(3)
          .toString('utf8'),
      )
      expect(lines.slice(1)).toEqual(tables[id])
    }
  })

  it('draws leads by rule, with the 初筛 conclusions', async () => {
    const html = await (await (await as(leader)).get(`/staff/stats?${YEAR}`)).text()
    const rules = tablesOf(html).chart_rules!
    const row = (id: string) => rules.find((r) => r[0]!.startsWith(`${id} `))!.slice(1)
    expect(rules[0]).toEqual(['规则', '发现', '初筛有效', '初筛无效'])
    expect(row('X01')).toEqual(['1', '0', '1'])
    expect(row('X02')).toEqual(['1', '1', '0'])
    expect(row('X10')).toEqual(['1', '1', '0'])
    expect(row('X08')).toEqual(['1', '0', '0'])
    expect(row('X03')).toEqual(['0', '0', '0'])
    expect(html).toMatch(/<svg role="img" aria-label="2026年各监督规则发现的线索/)
  })

  it('lists the records behind a figure, with names masked, audited', async () => {
    const browser = await as(leader)
    const recs = await (
      await browser.get(`/staff/stats/cases?figure=recommendations.decided&${YEAR}`)
    ).text()
    expect(recs).toContain('共 2 条')
    expect(recs).toContain('平顶山市卫东区住房和城乡建设局')
    expect(recs).toMatch(/href="\/staff\/recommendations\/[0-9a-f-]{36}"/)
    const petitions = await (
      await browser.get(`/staff/stats/cases?figure=collaboration.petitions_received&${YEAR}`)
    ).text()
    expect(petitions).toContain('共 2 条')
    expect(petitions).toContain('张*英')
    expect(petitions).not.toContain('张秀英')
    const leads = await (
      await browser.get(`/staff/stats/cases?figure=leads.invalid&${YEAR}`)
    ).text()
    expect(leads).toContain(PLANTED[0]!.caseNo)
    const audit = await t.db.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'stats.cases_view')
      .execute()
    expect(audit.map((a) => (a.details as { figure: string }).figure)).toEqual(
      expect.arrayContaining(['recommendations.decided', 'collaboration.petitions_received']),
    )
  })

  it('writes the figures into the 工作情况报告 sentences', async () => {
    const { compact, pdfText } = await import('../helpers/pdf-text.js')
    const res = await (await as(leader)).get(`/staff/stats/report.pdf?${YEAR}`)
    expect(res.status).toBe(200)
    const text = compact(await pdfText(new Uint8Array(await res.arrayBuffer())))
    for (const part of [
      '发出民事执行监督检察建议2件，送达2件，法院已回复1件',
      '因检察建议发放执行款5000.50元',
      `发现监督线索${PLANTED.length}条，初筛有效1条、无效1条`,
      '共召开联席会议、会商2次，其中法检“两长”联席会1次',
      '受理涉执行信访2件，化解1件',
    ])
      expect(text).toContain(compact(part))
  })
})
