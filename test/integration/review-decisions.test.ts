import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findOpenClocks } from '../../src/deadlines/clock.repository.js'
import { findReviewHistory } from '../../src/review/review-history.js'
import { reviewCase } from '../helpers/review-case.js'
import { startSmtpInbox, type SmtpInbox } from '../helpers/smtp-inbox.js'
import { createStaff, staffBrowser, type TestStaff } from '../helpers/staff.js'
import type { TestBrowser } from '../helpers/applicant.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { fileOf, pdfBytes } from '../helpers/upload-fixtures.js'

/** docs/product.md §9 decision paths after acceptance, through the staff forms, to 已办结. */
let t: TestApp
let inbox: SmtpInbox
let c: ReturnType<typeof reviewCase>
let intake: TestStaff
let reviewer: TestStaff
let leader: TestStaff
const as: Record<string, TestBrowser> = {}

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-11-02T02:00:00Z') })
  inbox = await startSmtpInbox()
  c = reviewCase(t)
  intake = await createStaff(t.deps, { roles: ['intake'], displayName: '王受理' })
  reviewer = await createStaff(t.deps, { roles: ['reviewer'], displayName: '李检察' })
  leader = await createStaff(t.deps, { roles: ['leader'], displayName: '赵检察长' })
  await signIn()
})

/** Fresh sessions (after the clock has moved past the idle timeout). */
async function signIn() {
  for (const [name, staff] of Object.entries({ intake, reviewer, leader }))
    as[name] = await staffBrowser(t.app, t.deps, staff)
}
afterAll(async () => {
  await inbox.stop()
  await t.close()
})

const back = (id: string) => `/staff/applications/${id}`

async function underReview(): Promise<{ id: string; code: string }> {
  const kase = await c.accepted(intake)
  const form = await (await as.intake!.get(`${back(kase.id)}/actions/start_review`)).text()
  expect(form).toContain('李检察')
  const res = await c.act(as.intake!, kase.id, 'start_review', { staffId: reviewer.id })
  expect(res.status).toBe(303)
  expect(res.headers.get('location')).toBe(`${back(kase.id)}?done=start_review`)
  return kase
}

describe('decision paths after acceptance', () => {
  it('检察建议: drafted by the reviewer, returned, approved by a leader, court reply with the letter, closed', async () => {
    const { id, code } = await underReview()
    expect(await c.row(id)).toMatchObject({ stage: 'under_review', assigned_staff_id: reviewer.id })
    const reviewing = await c.statusPage(code)
    expect(reviewing).toContain('当前状态：审查中')
    expect(reviewing).toContain('李检察')

    const draft = {
      courtName: '平顶山市卫东区人民法院',
      violations:
        '该院对被执行人名下已查封的账户长期未采取扣划措施，执行款未及时发放，构成消极执行。',
      recommendation: '建议该院依法及时扣划被执行人账户内款项，并将执行款发放给申请执行人。',
      legalBasis: '《中华人民共和国民事诉讼法》第二百四十六条',
    }
    expect((await c.act(as.reviewer!, id, 'draft_recommendation', draft)).status).toBe(303)
    const returned = await c.act(as.leader!, id, 'decide_recommendation', {
      decision: 'return',
      comment: '请补充执行款的具体数额。',
    })
    expect(returned.status).toBe(303)
    expect((await c.row(id)).stage).toBe('under_review')
    const waiting = await as.leader!.get(`${back(id)}/actions/decide_recommendation`)
    expect(waiting.status).toBe(409)
    expect(await waiting.text()).toContain('检察建议稿已退回承办检察官修改')
    const edit = await (await as.reviewer!.get(`${back(id)}/actions/draft_recommendation`)).text()
    expect(edit).toContain('院领导退回意见：请补充执行款的具体数额。')
    const revised = { ...draft, violations: `${draft.violations}执行款共计 12 万元。` }
    expect((await c.act(as.reviewer!, id, 'draft_recommendation', revised)).status).toBe(303)

    const decidePage = await (
      await as.leader!.get(`${back(id)}/actions/decide_recommendation`)
    ).text()
    expect(decidePage).toContain('执行款共计 12 万元')
    const approved = await c.act(as.leader!, id, 'decide_recommendation', { decision: 'approve' })
    expect(approved.status).toBe(303)
    expect((await c.row(id)).stage).toBe('decided_recommendation')
    const notice = await c.noticeText(id, 'recommendation_notice')
    expect(notice).toContain('通知书')
    expect(notice).toContain('执行款共计12万元')
    expect(notice).toContain('本院决定向平顶山市卫东区人民法院提出检察建议')
    const clock = async () =>
      (await findOpenClocks(t.db.db, id)).find((k) => k.kind === 'court_reply')
    // legal review D6: the reply clock waits for the court's receipt, recorded in the register
    expect(await clock()).toBeUndefined()
    expect(await c.statusPage(code)).toContain('当前状态：已决定提出检察建议')
    const rec = await t.db.db
      .selectFrom('recommendations')
      .select(['id', 'version'])
      .where('application_id', '=', id)
      .executeTakeFirstOrThrow()
    const served = await as.reviewer!.post(`/staff/recommendations/${rec.id}/service`, {
      version: String(rec.version),
      servedOn: '2026-11-02',
      method: 'direct',
    })
    expect(served.status).toBe(303)
    expect((await clock())!.due).toBe('2027-02-02')
    expect(await c.statusPage(code)).toContain('当前状态：已送达法院')

    t.clock.advance(30 * 86_400_000)
    await signIn()
    const decidedPage = await (await as.reviewer!.get(back(id))).text()
    expect(decidedPage).toContain(`href="${back(id)}/actions/court_extension"`)
    expect(decidedPage).toContain('登记法院延长回复期限')
    const extended = await c.act(as.reviewer!, id, 'court_extension', {
      note: '法院 2026 年 12 月 1 日来函，经院长批准延长一个月。',
    })
    expect(extended.status).toBe(303)
    expect((await clock())!.due).toBe('2027-03-02')
    const again = await c.act(as.reviewer!, id, 'court_extension', { note: '再次延长的来函。' })
    expect(again.status).toBe(409)
    expect(await again.text()).toContain('只能延长一个月')

    const form = new FormData()
    form.append('version', String((await c.row(id)).version))
    form.append('repliedOn', '2026-12-01')
    form.append('outcome', 'adopted')
    form.append('file', fileOf(await pdfBytes(), '回复意见函.pdf'))
    const recorded = await as.reviewer!.upload(`${back(id)}/actions/record_court_reply`, form)
    expect(recorded.status).toBe(303)
    expect((await c.row(id)).stage).toBe('court_replied')
    const reply = await t.db.db
      .selectFrom('court_replies as r')
      .innerJoin('application_materials as m', 'm.id', 'r.material_id')
      .select(['r.outcome', 'r.replied_on', 'm.slot', 'm.uploaded_by', 'm.original_name'])
      .where('r.application_id', '=', id)
      .executeTakeFirstOrThrow()
    expect(reply).toEqual({
      outcome: 'adopted',
      replied_on: '2026-12-01',
      slot: 'court_reply',
      uploaded_by: reviewer.id,
      original_name: '回复意见函.pdf',
    })
    const replied = await c.statusPage(code)
    expect(replied).toContain('当前状态：法院已回复')
    expect(replied).toContain('处理结果：采纳')
    expect(replied).not.toContain('回复意见函.pdf')

    expect(
      (await c.act(as.reviewer!, id, 'close', { outcome: '法院已采纳并发放执行款。' })).status,
    ).toBe(303)
    expect(await c.statusPage(code)).toContain('当前状态：已办结')
    const history = await findReviewHistory(t.db.db, id)
    expect(history.records.map((r) => [r.action, r.staffName])).toEqual([
      ['分派承办检察官并开始审查', '王受理'],
      ['登记法院延长回复期限', '李检察'],
      ['办结', '李检察'],
    ])
    expect(history.records[0]!.ground).toBe('承办检察官：李检察')
    expect(history.records[1]!.explanation).toBe('法院回复期限延长至 2027-03-02。')
    expect(history.draft).toEqual({
      statusLabel: '已批准',
      draftedBy: '李检察',
      courtName: '平顶山市卫东区人民法院',
    })
    expect(history.courtReply).toMatchObject({ repliedOn: '2026-12-01', outcome: '采纳' })
    const casePage = await (await as.reviewer!.get(back(id))).text()
    expect(casePage).toContain('审查记录')
    expect(casePage).toContain('回复意见函.pdf')
    expect(casePage).toContain('工作人员 李检察')
    expect(casePage).toContain('法院回复期限延长至 2027-03-02。')
    expect(casePage).toContain('检察建议稿（致平顶山市卫东区人民法院）：已批准，起草人 李检察')

    expect(await c.auditActions(id)).toEqual(
      expect.arrayContaining([
        'application.start_review',
        'application.assign',
        'application.draft_recommendation',
        'application.return_recommendation',
        'notice.issue',
        'application.decide_recommendation',
        'application.court_extension',
        'application.record_court_reply',
        'application.close',
      ]),
    )
    const mails = await c.stageMails(inbox, code)
    const texts = mails.map((m) => m.text ?? '')
    expect(texts.some((x) => x.includes('承办检察官：李检察'))).toBe(true)
    const decided = mails.find((m) => (m.text ?? '').includes('当前状态：已决定提出检察建议'))!
    expect(decided.attachments.map((a) => a.contentType)).toEqual(['application/pdf'])
    expect(texts.some((x) => x.includes('当前状态：已办结'))).toBe(true)
  })

  it('不支持监督申请: reasons and 释法说理 required, the decision served with its reasons, closed', async () => {
    const { id, code } = await underReview()
    const before = await c.row(id)
    const short = await c.act(as.reviewer!, id, 'decide_not_supported', {
      reasons: '法院执行活动合法。',
      explanation: '太短',
    })
    expect(short.status).toBe(422)
    const page = await short.text()
    expect(page).toContain('请填写释法说理（至少 20 个字）')
    expect(page).toContain('法院执行活动合法。')
    expect(await c.row(id)).toEqual(before)

    const reasons =
      '经调阅执行卷宗，法院已于立案后依法查封被执行人账户，账户内没有可供执行的财产，不存在消极执行。'
    const explanation =
      '执行款的发放以实际执行到位的财产为前提；被执行人没有财产时，法院无法发放执行款，这不属于执行活动违法。'
    const res = await c.act(as.reviewer!, id, 'decide_not_supported', { reasons, explanation })
    expect(res.status).toBe(303)
    expect((await c.row(id)).stage).toBe('decided_not_supported')
    const notice = await c.noticeText(id, 'not_supported_decision')
    expect(notice).toContain('不支持监督申请决定书')
    expect(notice).toContain('账户内没有可供执行的财产')
    expect(notice).toContain('这不属于执行活动违法')
    const status = await c.statusPage(code)
    expect(status).toContain('当前状态：不支持监督申请')
    expect(status).toContain('不存在消极执行')
    const clocks = (await findOpenClocks(t.db.db, id)).map((k) => k.kind)
    expect(clocks).not.toContain('decision_notice')

    expect(
      (await c.act(as.reviewer!, id, 'close', { outcome: '决定书已送达，已释法说理。' })).status,
    ).toBe(303)
    expect(await c.statusPage(code)).toContain('当前状态：已办结')
    expect(await c.auditActions(id)).toEqual(
      expect.arrayContaining([
        'application.decide_not_supported',
        'notice.issue',
        'application.close',
      ]),
    )
    const mail = (await c.stageMails(inbox, code)).find((m) =>
      (m.text ?? '').includes('当前状态：不支持监督申请'),
    )!
    expect(mail.text).toContain('不存在消极执行')
    expect(mail.attachments).toHaveLength(1)
  })

  it('终结审查: a ground is required, “其他” needs the particulars; the decision is served, closed', async () => {
    const { id, code } = await underReview()
    const missing = await c.act(as.reviewer!, id, 'terminate', {})
    expect(missing.status).toBe(422)
    expect(await missing.text()).toContain('请选择终结审查的理由')
    const other = await c.act(as.reviewer!, id, 'terminate', { ground: 'other' })
    expect(other.status).toBe(422)
    expect(await other.text()).toContain('选择“其他”的，请写明具体情形')
    expect((await c.row(id)).stage).toBe('under_review')

    const res = await c.act(as.reviewer!, id, 'terminate', {
      ground: 'court_corrected',
      detail: '法院已于 2026 年 11 月 1 日将执行款发放给申请人',
    })
    expect(res.status).toBe(303)
    expect((await c.row(id)).stage).toBe('terminated')
    const notice = await c.noticeText(id, 'termination_decision')
    expect(notice).toContain('终结审查决定书')
    expect(notice).toContain('人民法院已经纠正违法行为')
    expect(notice).toContain('本案终结审查')
    expect(await c.statusPage(code)).toContain('终结审查的理由：人民法院已经纠正违法行为')

    expect((await c.act(as.reviewer!, id, 'close', { outcome: '决定书已送达。' })).status).toBe(303)
    expect(await c.statusPage(code)).toContain('当前状态：已办结')
    const mails = (await c.stageMails(inbox, code)).map((m) => m.text ?? '')
    expect(mails.some((x) => x.includes('当前状态：终结审查'))).toBe(true)
    expect(await c.auditActions(id)).toEqual(
      expect.arrayContaining(['application.terminate', 'notice.issue', 'application.close']),
    )
  })

  it('中止 and 恢复审查: the review due date moves by the days it stood still', async () => {
    t.clock.set(new Date('2026-11-02T02:00:00Z'))
    await signIn()
    const { id, code } = await underReview()
    const review = async () => (await findOpenClocks(t.db.db, id)).find((k) => k.kind === 'review')!
    expect((await review()).due).toBe('2027-02-02')
    const missing = await c.act(as.reviewer!, id, 'suspend', {})
    expect(missing.status).toBe(422)
    expect(await missing.text()).toContain('请选择中止审查的原因')

    t.clock.advance(10 * 86_400_000)
    await signIn()
    expect(
      (await c.act(as.reviewer!, id, 'suspend', { ground: 'depends_on_other_case' })).status,
    ).toBe(303)
    expect((await c.row(id)).stage).toBe('suspended')
    expect((await review()).paused_on).toBe('2026-11-12')
    const notice = await c.noticeText(id, 'suspension_decision')
    expect(notice).toContain('中止审查决定书')
    expect(notice).toContain('本案必须以另一案的处理结果为依据')
    expect(notice).toContain('《人民检察院民事诉讼监督规则》第七十二条第（三）项')
    expect(await c.statusPage(code)).toContain('当前状态：中止审查')

    t.clock.advance(20 * 86_400_000)
    await signIn()
    const noNote = await c.act(as.reviewer!, id, 'resume', { note: '' })
    expect(noNote.status).toBe(422)
    expect((await c.act(as.reviewer!, id, 'resume', { note: '另一案已于昨日审结。' })).status).toBe(
      303,
    )
    expect((await c.row(id)).stage).toBe('under_review')
    expect((await review()).due).toBe('2027-02-22')
    const casePage = await (await as.reviewer!.get(`${back(id)}?done=resume`)).text()
    expect(casePage).toContain('已恢复审查。中止的天数不计入审查期限')
    expect(casePage).toContain('2027年2月22日')
    const record = await t.db.db
      .selectFrom('review_records')
      .select(['detail', 'explanation'])
      .where('application_id', '=', id)
      .where('action', '=', 'resume')
      .executeTakeFirstOrThrow()
    expect(record.explanation).toContain('审查期限顺延至 2027-02-22')
    expect(await c.statusPage(code)).toContain('当前状态：审查中')
    const mails = (await c.stageMails(inbox, code)).map((m) => m.text ?? '')
    expect(mails.some((x) => x.includes('当前状态：中止审查'))).toBe(true)
    expect(await c.auditActions(id)).toEqual(
      expect.arrayContaining([
        'application.suspend',
        'application.resume',
        'application.review_due_moved',
      ]),
    )
  })

  it('报请上级院办理: a leader escalates with a reason, the higher procuratorate’s result closes it', async () => {
    const { id, code } = await underReview()
    const missing = await c.act(as.leader!, id, 'escalate', { explanation: '' })
    expect(missing.status).toBe(422)
    expect(await missing.text()).toContain('请选择报请上级院办理的理由')
    const res = await c.act(as.leader!, id, 'escalate', {
      reason: 'major_complex',
      explanation: '涉及多个执行案件的财产分配，案情重大复杂。',
    })
    expect(res.status).toBe(303)
    expect((await c.row(id)).stage).toBe('escalated')
    expect(await c.statusPage(code)).toContain('当前状态：已报请上级院办理')
    expect((await findOpenClocks(t.db.db, id)).map((k) => k.kind)).not.toContain('review')

    const closed = await c.act(as.leader!, id, 'close', {
      outcome: '上级院已向中级法院提出检察建议，法院已纠正。',
    })
    expect(closed.status).toBe(303)
    const status = await c.statusPage(code)
    expect(status).toContain('当前状态：已办结')
    expect(status).toContain('上级人民检察院的办理结果：上级院已向中级法院提出检察建议')
    const mails = (await c.stageMails(inbox, code)).map((m) => m.text ?? '')
    expect(mails.some((x) => x.includes('当前状态：已报请上级院办理'))).toBe(true)
    expect(await c.auditActions(id)).toEqual(
      expect.arrayContaining(['application.escalate', 'application.close']),
    )
  })
})
