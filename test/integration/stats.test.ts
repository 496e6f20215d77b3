import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { STANDARD_ITEM_KEYS } from '../../src/actions/intake-actions.schema.js'
import { insertExchangeLogEntry } from '../../src/exchange/log/exchange-log.repository.js'
import { changeStage } from '../../src/workflow/stage-change.service.js'
import {
  applicationIdOf,
  submitApplication,
  VALID_STEPS,
  type TestBrowser,
} from '../helpers/applicant.js'
import { compact, pdfText } from '../helpers/pdf-text.js'
import { reviewCase } from '../helpers/review-case.js'
import { createStaff, staffBrowser, type TestStaff } from '../helpers/staff.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { fileOf, pdfBytes, pngBytes } from '../helpers/upload-fixtures.js'
import { figureRows, parseCsv, tablesOf } from '../helpers/stats-page.js'

/**
 * A dataset with known counts in 2026 Q3 and 2025 Q3, built through the staff forms and services
 * (submission through the wizard, every intake and review decision through its form). Two things go
 * in directly: the counter channel of one application (the counter form is a wizard of its own; the
 * figure only reads the column) and the exchange log entries (through its repository, as an import
 * would write them).
 */
let t: TestApp
let c: ReturnType<typeof reviewCase>
let intake: TestStaff
let reviewer: TestStaff
let leader: TestStaff
const ids: Record<string, string> = {}

/** China wall-clock time → the instant. */
const at = (china: string) => new Date(`${china}+08:00`)
const as = (s: TestStaff): Promise<TestBrowser> => staffBrowser(t.app, t.deps, s)

async function submit(name: string, when: string) {
  t.clock.set(at(when))
  // the wizard refuses a 知道日期 after today: last year's application knew of it earlier
  const steps = VALID_STEPS.map(([step, fields]): [string, typeof fields] =>
    step === 'case' ? [step, { ...fields, knownDate: '2025-03-18' }] : [step, fields],
  )
  const code = await submitApplication(t.app, { pdf: await pdfBytes(), png: pngBytes() }, steps)
  ids[name] = await applicationIdOf(t.db.db, code)
}

async function act(who: TestStaff, name: string, action: string, when: string, fields = {}) {
  t.clock.set(at(when))
  const res = await c.act(await as(who), ids[name]!, action, fields)
  expect(res.status, `${name} ${action}`).toBe(303)
}

const NOT_SUPPORTED = {
  reasons: '经调阅执行卷宗，法院已依法查封被执行人账户，账户内没有可供执行的财产，不存在消极执行。',
  explanation: '执行款的发放以实际执行到位的财产为前提；被执行人没有财产时，法院无法发放执行款。',
}
const DRAFT = {
  courtName: '平顶山市卫东区人民法院',
  violations: '该院对被执行人名下已查封的账户长期未采取扣划措施，执行款未及时发放，构成消极执行。',
  recommendation: '建议该院依法及时扣划被执行人账户内款项，并将执行款发放给申请执行人。',
  legalBasis: '《中华人民共和国民事诉讼法》第二百四十六条',
}

async function recommend(name: string, start: string, decided: string) {
  await act(intake, name, 'start_review', start, { staffId: reviewer.id })
  await act(reviewer, name, 'draft_recommendation', start, DRAFT)
  await act(leader, name, 'decide_recommendation', decided, { decision: 'approve' })
}

/** The court received the 检察建议书: recorded in the register, where the reply clock starts (D6). */
async function serve(name: string, when: string, servedOn: string) {
  t.clock.set(at(when))
  const rec = await t.db.db
    .selectFrom('recommendations')
    .select(['id', 'version'])
    .where('application_id', '=', ids[name]!)
    .executeTakeFirstOrThrow()
  const res = await (
    await as(reviewer)
  ).post(`/staff/recommendations/${rec.id}/service`, {
    version: String(rec.version),
    servedOn,
    method: 'direct',
  })
  expect(res.status, `${name} service`).toBe(303)
}

async function courtReply(name: string, when: string, repliedOn: string, outcome: string) {
  t.clock.set(at(when))
  const form = new FormData()
  form.append('version', String((await c.row(ids[name]!)).version))
  form.append('repliedOn', repliedOn)
  form.append('outcome', outcome)
  form.append('file', fileOf(await pdfBytes(), '回复意见函.pdf'))
  const res = await (
    await as(reviewer)
  ).upload(`/staff/applications/${ids[name]}/actions/record_court_reply`, form)
  expect(res.status).toBe(303)
}

async function buildDataset() {
  // last year: one application, accepted, reviewed, escalated
  await submit('old', '2025-07-10T10:00:00')
  await act(intake, 'old', 'accept', '2025-07-11T10:00:00')
  await act(intake, 'old', 'start_review', '2025-07-14T10:00:00', { staffId: reviewer.id })
  await act(leader, 'old', 'escalate', '2025-08-01T10:00:00', {
    reason: 'major_complex',
    explanation: '涉及多个执行案件的财产分配，案情重大复杂。',
  })
  // 2026 Q3
  await submit('a1', '2026-07-06T10:00:00')
  await act(intake, 'a1', 'accept', '2026-07-08T10:00:00')
  await act(intake, 'a1', 'start_review', '2026-07-09T10:00:00', { staffId: reviewer.id })
  await act(reviewer, 'a1', 'decide_not_supported', '2026-08-10T10:00:00', NOT_SUPPORTED)
  await submit('a2', '2026-07-06T11:00:00')
  await t.db.db
    .updateTable('applications')
    .set({ channel: 'counter' })
    .where('id', '=', ids.a2!)
    .execute()
  await act(intake, 'a2', 'not_accept', '2026-07-17T10:00:00', {
    grounds: ['no_prior_remedy'],
    explanation: '申请人对执行法院的查封行为未向法院提出执行异议，也未说明正当理由。',
  })
  await submit('a6', '2026-07-07T10:00:00')
  await act(intake, 'a6', 'accept', '2026-07-09T10:00:00')
  await recommend('a6', '2026-07-10T10:00:00', '2026-09-30T23:59:00')
  await serve('a6', '2026-10-09T10:00:00', '2026-10-09')
  await submit('a7', '2026-07-07T11:00:00')
  await act(intake, 'a7', 'accept', '2026-07-08T11:00:00')
  await recommend('a7', '2026-07-09T10:00:00', '2026-07-20T10:00:00')
  await serve('a7', '2026-07-22T10:00:00', '2026-07-22')
  await courtReply('a7', '2026-08-21T10:00:00', '2026-08-20', 'partly_adopted')
  await submit('a8', '2026-08-03T10:00:00')
  await act(intake, 'a8', 'request_supplement', '2026-08-05T10:00:00', {
    items: [STANDARD_ITEM_KEYS[0]!],
    days: '15',
  })
  t.clock.set(at('2026-09-01T01:00:00'))
  await changeStage(t.deps, {
    applicationId: ids.a8!,
    action: 'deem_withdrawn',
    actor: { type: 'system', roles: ['system'] },
  })
  await submit('a9', '2026-08-10T10:00:00')
  t.clock.set(at('2026-08-11T10:00:00'))
  await changeStage(t.deps, {
    applicationId: ids.a9!,
    action: 'withdraw',
    actor: { type: 'applicant', roles: ['applicant'] },
  })
  // the quarter's boundary: 23:59 on 30 September is Q3, 00:00 on 1 October is Q4
  await submit('edge', '2026-09-30T23:59:00')
  await act(intake, 'edge', 'refer', '2026-10-09T10:00:00', {
    route: 'organ',
    organ: '平顶山市卫东区住房和城乡建设局',
    reason: '所反映的是物业纠纷，不属于人民检察院主管范围。',
  })
  await submit('q4', '2026-10-01T00:00:00')
  for (const [day, direction, n] of [
    ['2026-07-15', 'from_court', 120],
    ['2026-09-30', 'to_court', 30],
    ['2025-08-01', 'from_court', 50],
  ] as const)
    await insertExchangeLogEntry(t.db.db, {
      exchanged_on: day,
      direction,
      source: 'paper',
      counterpart: '平顶山市卫东区人民法院',
      content: '执行案件清单',
      item_count: n,
      handled_by: reviewer.id,
      recorded_at: t.clock.now(),
    })
  t.clock.set(at('2027-01-20T10:00:00'))
}

beforeAll(async () => {
  t = await createTestApp({ now: at('2025-07-01T09:00:00') })
  c = reviewCase(t)
  intake = await createStaff(t.deps, { roles: ['intake'], displayName: '王受理' })
  reviewer = await createStaff(t.deps, { roles: ['reviewer'], displayName: '李检察' })
  leader = await createStaff(t.deps, { roles: ['leader'], displayName: '赵检察长' })
  await buildDataset()
}, 120_000)
afterAll(async () => {
  await t?.close()
})

const Q3 = 'period=quarter&year=2026&quarter=3'

describe('/staff/stats', () => {
  it('counts every figure in 2026 Q3 and beside it 2025 Q3', async () => {
    const res = await (await as(leader)).get(`/staff/stats?${Q3}`)
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(figureRows(html)).toEqual({
      'applications.received': ['7', '1'],
      'applications.received_online': ['6', '1'],
      'applications.received_counter': ['1', '0'],
      'applications.supplement_requested': ['1', '0'],
      'applications.accepted': ['3', '1'],
      'applications.not_accepted': ['1', '0'],
      'applications.referred': ['0', '0'],
      'applications.withdrawn': ['1', '0'],
      'applications.deemed_withdrawn': ['1', '0'],
      'applications.decision_days_median': ['2', '1'],
      'applications.decision_days_p90': ['9', '1'],
      // a2 answered on the 9th working day; a9's withdrawal ended its clock before any answer
      'applications.reply_within_7': ['83.3%', '100%'],
      'applications.notice_within_3': ['100%', '100%'],
      'review.decided': ['3', '1'],
      'review.decide_recommendation': ['2', '0'],
      'review.decide_not_supported': ['1', '0'],
      'review.terminate': ['0', '0'],
      'review.escalate': ['0', '1'],
      // from 受理 (规则 第五十二条): a1 33, a6 83, a7 12 days; last year 2025-07-11 → 08-01
      'review.median_days': ['33', '21'],
      'review.within_3_months': ['100%', '100%'],
      'recommendations.decided': ['2', '0'],
      'recommendations.decided_individual': ['2', '0'],
      'recommendations.decided_similar_cases': ['0', '0'],
      'recommendations.decided_social_governance': ['0', '0'],
      // a6 was served in October
      'recommendations.served': ['1', '0'],
      'recommendations.replied': ['1', '0'],
      'recommendations.adopted': ['0', '0'],
      'recommendations.partly_adopted': ['1', '0'],
      'recommendations.not_adopted': ['0', '0'],
      'recommendations.reply_rate': ['50%', '—'],
      'recommendations.adoption_rate': ['100%', '—'],
      'recommendations.with_measures': ['0', '0'],
      'recommendations.amount_paid': ['0', '0'],
      'recommendations.extended': ['0', '0'],
      'recommendations.followed_up': ['0', '0'],
      'recommendations.overdue_now': ['1', '—'],
      'exchange.count': ['2', '1'],
      'exchange.count_from_court': ['1', '1'],
      'exchange.count_to_court': ['1', '0'],
      'exchange.items': ['150', '50'],
      'exchange.items_from_court': ['120', '50'],
      'exchange.items_to_court': ['30', '0'],
      ...Object.fromEntries(
        [
          'leads.raised',
          'leads.valid',
          'leads.invalid',
          'leads.ex_officio_opened',
          'leads.ex_officio_from_leads',
          'collaboration.meetings',
          'collaboration.meetings_chiefs',
          'collaboration.meetings_info_exchange',
          'collaboration.meetings_city_consult',
          'collaboration.meetings_other',
          'collaboration.referrals_sent',
          'collaboration.referrals_filed',
          'collaboration.referrals_not_filed',
          'collaboration.petitions_received',
          'collaboration.petitions_resolved',
          'collaboration.petitions_converted',
        ].map((id) => [id, ['0', '0']]),
      ),
    })
    expect(html).toContain('2026年第三季度')
    expect(html).toContain('去年同期（2025年第三季度）')
  })

  it('counts 23:59 on a quarter’s last day in that quarter and 00:00 the next day in the next', async () => {
    const q4 = await (
      await (await as(leader)).get('/staff/stats?period=quarter&year=2026&quarter=4')
    ).text()
    expect(figureRows(q4)['applications.received']).toEqual(['1', '0'])
    expect(figureRows(q4)['applications.referred']).toEqual(['1', '0'])
    const list = await (
      await (await as(leader)).get(`/staff/stats/cases?figure=review.decide_recommendation&${Q3}`)
    ).text()
    expect(list).toContain('2026-09-30')
    expect(list).toContain('2026-07-20')
  })

  it('lists the masked cases behind a figure, audited', async () => {
    const res = await (
      await as(reviewer)
    ).get(`/staff/stats/cases?figure=applications.received&${Q3}`)
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('共 7 条')
    expect(html).not.toMatch(/张三|李四/)
    const audit = await t.db.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'stats.cases_view')
      .execute()
    expect(audit.length).toBeGreaterThan(0)
  })

  it('draws the charts as SVG with a title, a summary and the data table, no inline style', async () => {
    const html = await (await (await as(leader)).get(`/staff/stats?${Q3}`)).text()
    const svgs = html.match(/<svg [\s\S]*?<\/svg>/g) ?? []
    expect(svgs).toHaveLength(4)
    for (const svg of svgs) {
      expect(svg).toMatch(/^<svg role="img" aria-label="[^"]+"/)
      expect(svg).not.toMatch(/<style|style="/)
    }
    const tables = tablesOf(html)
    expect(tables.chart_monthly).toEqual([
      ['月份', '收到申请', '受理', '审查终结'],
      ['7月', '4', '3', '1'],
      ['8月', '2', '0', '1'],
      ['9月', '1', '0', '1'],
    ])
    expect(html).toContain('收到申请共7件，最多的是7月（4件）')
  })

  it('exports every table as CSV and XLSX equal to the page, audited', async () => {
    const browser = await as(leader)
    const tables = tablesOf(await (await browser.get(`/staff/stats?${Q3}`)).text())
    expect(Object.keys(tables)).toHaveLength(10)
    for (const [id, rows] of Object.entries(tables)) {
      const res = await browser.get(`/staff/stats/export.csv?table=${id}&${Q3}`)
      expect(res.status).toBe(200)
      const bytes = Buffer.from(await res.arrayBuffer())
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      const lines = parseCsv(bytes.subarray(3).toString('utf8'))
      expect(lines.slice(1)).toEqual(rows)
    }
    const xlsx = await browser.get(`/staff/stats/export.xlsx?${Q3}`)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never)
    const sheets = wb.worksheets.map((ws) => {
      const rows: string[][] = []
      ws.eachRow((row, n) => {
        if (n > 1) rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? '')))
      })
      return rows
    })
    expect(sheets).toEqual(Object.values(tables))
    const exports = await t.db.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'stats.export')
      .execute()
    expect(exports.map((e) => (e.details as { format: string }).format)).toEqual(
      expect.arrayContaining(['csv', 'xlsx']),
    )
  })

  it('prints the 工作情况报告 with the generated sentences', async () => {
    const res = await (await as(leader)).get(`/staff/stats/report.pdf?${Q3}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    const text = compact(await pdfText(new Uint8Array(await res.arrayBuffer())))
    expect(text).toContain('民事执行监督工作情况报告')
    expect(text).toContain(
      compact('本院共收到民事执行监督申请7件（网上申请6件，窗口录入1件），依申请受理3件'),
    )
    expect(text).toContain(compact('民事执行监督检察建议2件，送达1件，法院已回复1件'))
    expect(text).toContain(compact('采纳率100%'))
    expect(text).toContain(compact('与法院开展信息交换2次'))
    expect(text).toContain(compact('交换信息150条'))
  })

  it('shows intake only the intake figures, the auditor no case lists, and refuses others', async () => {
    const intakeHtml = await (await (await as(intake)).get(`/staff/stats?${Q3}`)).text()
    expect(intakeHtml).toContain('data-figure="applications.received"')
    expect(intakeHtml).not.toContain('data-figure="review.decided"')
    const other = await (await as(intake)).get(`/staff/stats/cases?figure=review.decided&${Q3}`)
    expect(other.status).toBe(404)
    expect((await (await as(intake)).get(`/staff/stats/report.pdf?${Q3}`)).status).toBe(403)
    const auditor = await createStaff(t.deps, { roles: ['auditor'] })
    const auditorHtml = await (await (await as(auditor)).get(`/staff/stats?${Q3}`)).text()
    expect(auditorHtml).toContain('data-figure="review.decided"')
    expect(auditorHtml).not.toContain('/staff/stats/cases')
    expect(
      (await (await as(auditor)).get(`/staff/stats/cases?figure=applications.received&${Q3}`))
        .status,
    ).toBe(403)
    const admin = await createStaff(t.deps, { roles: ['admin'] })
    expect((await (await as(admin)).get(`/staff/stats?${Q3}`)).status).toBe(403)
  })

  it('answers a bad period with 422 and Chinese messages under the fields', async () => {
    const browser = await as(leader)
    const bad = await browser.get('/staff/stats?period=range&from=2026-09-01&to=2026-08-01')
    expect(bad.status).toBe(422)
    expect(await bad.text()).toContain('结束日期不能早于开始日期')
    const month = await browser.get('/staff/stats?period=month&year=2026&month=13')
    expect(month.status).toBe(422)
    expect(await month.text()).toContain('月份请选择 1 至 12 月')
    const year = await browser.get('/staff/stats/export.xlsx?year=abc')
    expect(year.status).toBe(422)
    expect(await year.text()).toContain('年度请填写 2000 至 2099 之间的四位数字')
  })
})
