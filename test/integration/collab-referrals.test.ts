import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatTrackingCode } from '../../src/kernel/tracking-code.js'
import type { TestBrowser } from '../helpers/applicant.js'
import { auditRowsFor } from '../helpers/audit.js'
import { summaryErrors } from '../helpers/http.js'
import { compact, pdfText } from '../helpers/pdf-text.js'
import { insertQueueApplication } from '../helpers/queue-rows.js'
import { createStaff, staffBrowser } from '../helpers/staff.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'

/** Crime-lead referrals (issue 16 item 3): 研判, the numbered 移送函, the police's answer, 立案监督. */
let t: TestApp
let as: Record<'intake' | 'reviewer' | 'leader' | 'admin' | 'auditor', TestBrowser>
let code: string

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-11-26T02:00:00Z') })
  const b = async (role: 'intake' | 'reviewer' | 'leader' | 'admin' | 'auditor') =>
    staffBrowser(t.app, t.deps, await createStaff(t.deps, { roles: [role] }))
  as = {
    intake: await b('intake'),
    reviewer: await b('reviewer'),
    leader: await b('leader'),
    admin: await b('admin'),
    auditor: await b('auditor'),
  }
  code = (await insertQueueApplication(t.db.db, { stage: 'under_review', next_due: '2027-01-01' }))
    .trackingCode
})
afterAll(() => t.close())

const referrals = () =>
  t.db.db.selectFrom('collab_referrals').selectAll().orderBy('created_at').execute()

const LEAD = {
  crime: 'refusal_to_execute',
  courtCaseNumber: '（2024）豫0403执118号',
  suspectName: '平顶山市某某商贸有限公司',
  suspectType: 'organisation',
  facts: '被执行人在执行期间将名下房产转让给关联公司，有能力执行而拒不执行。',
  foundBy: 'procuratorate',
}

async function newLead(fields: Record<string, string> = {}): Promise<string> {
  const res = await as.reviewer.post('/staff/referrals/new', { ...LEAD, ...fields })
  expect(res.status).toBe(303)
  return /\/staff\/referrals\/([0-9a-f-]{36})/.exec(res.headers.get('location')!)![1]!
}

describe('a 拒执 referral from a case', () => {
  let id: string

  it('opens the lead from the application and records the joint analysis', async () => {
    const form = await (await as.reviewer.get(`/staff/referrals/new?code=${code}`)).text()
    expect(form).toContain(`value="${code}"`)
    id = await newLead({ trackingCode: formatTrackingCode(code) })
    const [row] = await referrals()
    expect(row).toMatchObject({ source: 'application', crime: 'refusal_to_execute' })
    const analysis = await as.reviewer.post(`/staff/referrals/${id}/analysis`, {
      kind: 'court_analysis',
      heldOn: '2026-11-20',
      participants: '卫东区法院执行局张局长；本院李检察',
      conclusion: '被执行人转移财产，涉嫌拒执罪',
      disagreements: '法院认为情节是否严重尚需补充证据',
    })
    expect(analysis.status).toBe(303)
    const consult = await as.leader.post(`/staff/referrals/${id}/analysis`, {
      kind: 'joint_consultation',
      heldOn: '2026-11-23',
      participants: '公安分局经侦大队、卫东区法院、本院',
      conclusion: '一致同意移送',
    })
    expect(consult.status).toBe(303)
    const page = await (await as.intake.get(`/staff/referrals/${id}`)).text()
    expect(page).toContain('法院认为情节是否严重尚需补充证据')
    expect(page).toContain('公检法联合会商')
    expect(page).toContain('《中华人民共和国刑法》第三百一十三条')
  })

  it('sends it to the police with a numbered 移送函 listing the evidence', async () => {
    const res = await as.reviewer.post(`/staff/referrals/${id}/send`, {
      policeOrgan: '平顶山市公安局卫东分局',
      sentOn: '2026-11-24',
      evidence: '房产转让合同：2024年5月签订\n银行流水\n执行裁定书：（2024）豫0403执118号',
    })
    expect(res.status).toBe(303)
    const [row] = await referrals()
    expect(row!.letter_number).toBe('卫东检民执移〔2026〕1号')
    const again = await as.reviewer.post(`/staff/referrals/${id}/send`, {
      policeOrgan: '平顶山市公安局卫东分局',
      sentOn: '2026-11-24',
      evidence: '银行流水',
    })
    expect(again.status).toBe(409)

    const pdf = await as.leader.get(`/staff/referrals/${id}/letter.pdf`)
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    const text = compact(await pdfText(new Uint8Array(await pdf.arrayBuffer())))
    for (const part of [
      '涉嫌犯罪线索移送函',
      '卫东检民执移〔2026〕1号',
      '平顶山市公安局卫东分局',
      '拒不执行判决、裁定罪',
      '《中华人民共和国刑法》第三百一十三条',
      '房产转让合同',
      '2024年5月签订',
      '银行流水',
      '一致同意移送',
    ])
      expect(text).toContain(compact(part))
    expect((await auditRowsFor(t.deps, 'collab_referral', id)).map((a) => a.action)).toEqual([
      'referral.create',
      'referral.analysis',
      'referral.analysis',
      'referral.send',
      'referral.letter_download',
    ])
    const page = await (await as.reviewer.get(`/staff/referrals/${id}`)).text()
    expect(page).toContain('公安机关决定是否立案：2026-12-01')
    expect(page).toContain('该期限未能核实原文，可由管理员调整')
  })

  it('records the police’s 不立案 with reasons and prompts 立案监督 with its own clock', async () => {
    const noReason = await as.reviewer.post(`/staff/referrals/${id}/answer`, {
      answer: 'not_filed',
      answeredOn: '2026-11-25',
    })
    expect(noReason.status).toBe(422)
    expect(summaryErrors(await noReason.text())).toContain('请填写公安机关说明的不立案理由')
    const early = await as.reviewer.post(`/staff/referrals/${id}/supervision`, {
      requestedOn: '2026-11-25',
    })
    expect(early.status).toBe(409)

    const res = await as.reviewer.post(`/staff/referrals/${id}/answer`, {
      answer: 'not_filed',
      answeredOn: '2026-11-25',
      reasons: '认为情节尚不严重',
    })
    expect(res.status).toBe(303)
    const page = await (await as.reviewer.get(`/staff/referrals/${id}`)).text()
    expect(page).toContain('公安机关决定不立案。可以依照《中华人民共和国刑事诉讼法》第一百一十三条')
    expect(page).toContain('要求说明不立案理由')

    const sup = await as.leader.post(`/staff/referrals/${id}/supervision`, {
      requestedOn: '2026-11-26',
    })
    expect(sup.status).toBe(303)
    const after = await (await as.reviewer.get(`/staff/referrals/${id}`)).text()
    expect(after).toContain('公安机关说明不立案理由：2026-12-03')
    expect(after).not.toContain('可以依照《中华人民共和国刑事诉讼法》')
    const list = await (await as.intake.get('/staff/referrals')).text()
    expect(list).toMatch(/平顶\*+公司/)
    expect(list).not.toContain(LEAD.suspectName)
  })

  it('prompts 立案监督 when the police let the period pass without a decision', async () => {
    const late = await newLead({
      crime: 'false_litigation',
      suspectName: '王某某',
      suspectType: 'person',
    })
    await as.reviewer.post(`/staff/referrals/${late}/send`, {
      policeOrgan: '平顶山市公安局卫东分局',
      sentOn: '2026-11-18',
      evidence: '虚假借款合同',
    })
    expect((await referrals()).at(-1)!.letter_number).toBe('卫东检民执移〔2026〕2号')
    const page = await (await as.reviewer.get(`/staff/referrals/${late}`)).text()
    expect(page).toContain('公安机关逾期未作出是否立案的决定')
    expect(page).toContain('《中华人民共和国刑法》第三百零七条之一')

    // the administrator adjusts the unverified period; the clock follows, audited
    const settings = await (await as.admin.get('/staff/admin/collab-periods')).text()
    expect(settings).toContain('法发〔2025〕8号')
    expect(settings).toContain('（未核实）')
    const bad = await as.admin.post('/staff/admin/collab-periods', {
      key: 'police_decision',
      days: '0',
    })
    expect(bad.status).toBe(422)
    const saved = await as.admin.post('/staff/admin/collab-periods', {
      key: 'police_decision',
      days: '10',
    })
    expect(saved.status).toBe(303)
    const later = await (await as.reviewer.get(`/staff/referrals/${late}`)).text()
    expect(later).toContain('公安机关决定是否立案：2026-11-28')
    expect(later).not.toContain('公安机关逾期未作出是否立案的决定')
    expect(
      (await auditRowsFor(t.deps, 'collab_period_setting', 'police_decision')).map((a) => a.action),
    ).toEqual(['settings.collab_periods'])
    expect((await as.reviewer.get('/staff/admin/collab-periods')).status).toBe(403)
  })
})

describe('bad input and the wrong role', () => {
  it('refuses an incomplete lead, keeping what was typed', async () => {
    const before = (await referrals()).length
    const res = await as.reviewer.post('/staff/referrals/new', {
      facts: '只有事实',
      trackingCode: 'ZZZZ-ZZZZ-ZZZZ',
    })
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(summaryErrors(html)).toEqual(
      expect.arrayContaining(['请选择涉嫌罪名', '请填写涉嫌人姓名或名称', '请选择发现线索的单位']),
    )
    expect(html).toContain('只有事实')
    expect((await referrals()).length).toBe(before)
  })

  it('refuses a future date and an answer before the referral is sent', async () => {
    const id = await newLead()
    const future = await as.reviewer.post(`/staff/referrals/${id}/send`, {
      policeOrgan: '公安分局',
      sentOn: '2026-12-30',
      evidence: '银行流水',
    })
    expect(future.status).toBe(422)
    expect(summaryErrors(await future.text())).toContain('移送日期不能晚于今天（2026-11-26）')
    const answer = await as.reviewer.post(`/staff/referrals/${id}/answer`, {
      answer: 'filed',
      answeredOn: '2026-11-25',
    })
    expect(answer.status).toBe(409)
  })

  it('lets intake read but not act; admin and auditor see nothing', async () => {
    const [row] = await referrals()
    expect((await as.intake.get(`/staff/referrals/${row!.id}`)).status).toBe(200)
    expect((await as.intake.post('/staff/referrals/new', LEAD)).status).toBe(403)
    expect((await as.intake.get(`/staff/referrals/${row!.id}/letter.pdf`)).status).toBe(403)
    for (const role of ['admin', 'auditor'] as const) {
      expect((await as[role].get('/staff/referrals')).status).toBe(403)
      expect((await as[role].get(`/staff/referrals/${row!.id}`)).status).toBe(403)
    }
    expect((await as.reviewer.get('/staff/referrals/nope')).status).toBe(404)
  })
})
