import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findOpenClocks } from '../../src/deadlines/clock.repository.js'
import { applicationIdOf, submitApplication, TestBrowser } from '../helpers/applicant.js'
import { pdfBytes, pngBytes } from '../helpers/upload-fixtures.js'
import { reviewCase } from '../helpers/review-case.js'
import { createStaff, staffBrowser, type TestStaff } from '../helpers/staff.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'

/**
 * 规则 第七十三条第（二）项 (docs/decisions/037-withdrawal-after-acceptance.md): after 受理 the
 * applicant's withdrawal is a request; the case stays under review until staff decide 终结审查 (the
 * proviso checked and recorded, a numbered 《终结审查决定书》) or refuse it with reasons. 第（三）项:
 * a settlement ends the review only with the applicant's declared waiver in it.
 */

let t: TestApp
let c: ReturnType<typeof reviewCase>
let intake: TestStaff
let reviewer: TestStaff
const as: Record<string, TestBrowser> = {}

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-11-02T02:00:00Z') })
  c = reviewCase(t)
  intake = await createStaff(t.deps, { roles: ['intake'], displayName: '王受理' })
  reviewer = await createStaff(t.deps, { roles: ['reviewer'], displayName: '李检察' })
  as.intake = await staffBrowser(t.app, t.deps, intake)
  as.reviewer = await staffBrowser(t.app, t.deps, reviewer)
})
afterAll(() => t.close())

async function underReview() {
  const kase = await c.accepted(intake)
  const res = await c.act(as.intake!, kase.id, 'start_review', { staffId: reviewer.id })
  expect(res.status).toBe(303)
  return kase
}

async function applicant(code: string) {
  const browser = new TestBrowser(t.app)
  await browser.post('/track', { code, digits: '5678' })
  return browser
}

const requests = (id: string) =>
  t.db.db
    .selectFrom('withdrawal_requests')
    .select(['decision', 'decided_by', 'decision_note'])
    .where('application_id', '=', id)
    .execute()

const PROVISO = { proviso: 'yes' }

describe('withdrawal after 受理', () => {
  it('is a request: the case stays under review, its clock runs, the page says so', async () => {
    const { id, code } = await underReview()
    const browser = await applicant(code)
    const form = await (await browser.get('/track/withdraw')).text()
    expect(form).toContain('受理后撤回，需要由本院审查决定')
    expect(form).toContain('第七十三条第（二）项')
    expect(form).toContain('不准许撤回的，本院会告诉您理由，案件继续审查')
    const res = await browser.post('/track/withdraw', { confirm: 'yes' })
    expect(res.headers.get('location')).toBe('/track/status')

    expect((await c.row(id)).stage).toBe('under_review')
    expect((await findOpenClocks(t.db.db, id)).map((k) => k.kind)).toContain('review')
    expect(await requests(id)).toEqual([{ decision: null, decided_by: null, decision_note: null }])
    const page = await (await browser.get('/track/status')).text()
    expect(page).toContain('当前状态：审查中')
    expect(page).toContain('您已经申请撤回')
    expect(page).toContain('申请撤回：审查中')
    expect(page).not.toContain('href="/track/withdraw"')
    expect(await c.auditActions(id)).toContain('application.withdrawal_request')
    // a second tab's form, posted later, does not make a second request
    expect((await browser.post('/track/withdraw', { confirm: 'yes' })).status).toBe(303)
    expect(await requests(id)).toHaveLength(1)
    expect((await browser.get('/track/withdraw')).headers.get('location')).toBe('/track/status')
  })

  it('two confirmations racing make exactly one request', async () => {
    const { id, code } = await underReview()
    const browser = await applicant(code)
    const results = await Promise.all([
      browser.post('/track/withdraw', { confirm: 'yes' }),
      browser.post('/track/withdraw', { confirm: 'yes' }),
    ])
    expect(results.map((r) => r.status)).toEqual([303, 303])
    expect(await requests(id)).toHaveLength(1)
  })

  it('granted: 终结审查 needs the proviso ticked, records it, and serves a numbered 决定书', async () => {
    const { id, code } = await underReview()
    await (await applicant(code)).post('/track/withdraw', { confirm: 'yes' })

    const unticked = await c.act(as.reviewer!, id, 'terminate', { ground: 'withdrawn' })
    expect(unticked.status).toBe(422)
    expect(await unticked.text()).toContain(
      '须经审查确认不损害国家利益、社会公共利益或者他人合法权益',
    )
    expect((await c.row(id)).stage).toBe('under_review')

    const res = await c.act(as.reviewer!, id, 'terminate', { ground: 'withdrawn', ...PROVISO })
    expect(res.status).toBe(303)
    expect((await c.row(id)).stage).toBe('terminated')
    const [request] = await requests(id)
    expect(request).toMatchObject({ decision: 'granted', decided_by: reviewer.id })
    expect(request!.decision_note).toContain('不损害国家利益、社会公共利益或者他人合法权益')
    const record = await t.db.db
      .selectFrom('review_records')
      .select(['ground', 'explanation'])
      .where('application_id', '=', id)
      .where('action', '=', 'terminate')
      .executeTakeFirstOrThrow()
    expect(record.ground).toBe('withdrawn')
    expect(record.explanation).toContain('已确认')

    const notice = await c.noticeText(id, 'termination_decision')
    expect(notice).toContain('申请人撤回监督申请，且不损害国家利益、社会公共利益或者他人合法权益')
    expect(notice).toContain('依照《人民检察院民事诉讼监督规则》第七十三条第（二）项的规定')
    expect(notice).toMatch(/卫东检民执监终〔2026〕[1-9]\d*号/)
    expect(await c.statusPage(code)).toContain('当前状态：终结审查')
  })

  it('cannot be granted when the applicant never asked', async () => {
    const { id } = await underReview()
    const res = await c.act(as.reviewer!, id, 'terminate', { ground: 'withdrawn', ...PROVISO })
    expect(res.status).toBe(409)
    expect(await res.text()).toContain('申请人没有待决定的撤回申请')
    expect((await c.row(id)).stage).toBe('under_review')
    const docs = await t.db.db
      .selectFrom('issued_documents')
      .select('kind')
      .where('application_id', '=', id)
      .where('kind', '=', 'termination_decision')
      .execute()
    expect(docs).toEqual([])
  })

  it('refused: the reasons reach the applicant and the review goes on', async () => {
    const { id, code } = await underReview()
    const browser = await applicant(code)
    await browser.post('/track/withdraw', { confirm: 'yes' })
    const page = await (await as.reviewer!.get(`/staff/applications/${id}`)).text()
    expect(page).toContain(`/staff/applications/${id}/actions/refuse_withdrawal`)
    expect(page).toContain('申请人申请撤回（待决定）')
    const form = await (
      await as.reviewer!.get(`/staff/applications/${id}/actions/refuse_withdrawal`)
    ).text()
    expect(form).toContain('申请撤回监督申请')

    const short = await c.act(as.reviewer!, id, 'refuse_withdrawal', { reasons: '不准' })
    expect(short.status).toBe(422)
    expect(await short.text()).toContain('请填写不准许撤回的理由（至少 10 个字）')
    const byIntake = await c.act(as.intake!, id, 'refuse_withdrawal', {
      reasons: '撤回将损害其他债权人的合法权益。',
    })
    expect(byIntake.status).toBe(403)

    const res = await c.act(as.reviewer!, id, 'refuse_withdrawal', {
      reasons: '撤回将损害案外人的合法权益，本院依法继续审查。',
    })
    expect(res.status).toBe(303)
    expect((await c.row(id)).stage).toBe('under_review')
    expect(await requests(id)).toEqual([
      {
        decision: 'refused',
        decided_by: reviewer.id,
        decision_note: '撤回将损害案外人的合法权益，本院依法继续审查。',
      },
    ])
    const status = await (await browser.get('/track/status')).text()
    expect(status).toContain('本院经审查，决定不准许撤回监督申请。理由：撤回将损害案外人的合法权益')
    expect(status).toContain('本案继续审查')
    expect(status).toContain('href="/track/withdraw"')
    expect(await c.auditActions(id)).toContain('application.withdrawal_refuse')

    const again = await c.act(as.reviewer!, id, 'refuse_withdrawal', {
      reasons: '撤回将损害案外人的合法权益，本院依法继续审查。',
    })
    expect(again.status).toBe(409)
    expect(await again.text()).toContain('申请人没有待决定的撤回申请')
  })

  it('can be decided while the case is still only accepted', async () => {
    const { id, code } = await c.accepted(intake)
    await (await applicant(code)).post('/track/withdraw', { confirm: 'yes' })
    expect((await c.row(id)).stage).toBe('accepted')
    const res = await c.act(as.reviewer!, id, 'terminate', { ground: 'withdrawn', ...PROVISO })
    expect(res.status).toBe(303)
    expect((await c.row(id)).stage).toBe('terminated')
  })
})

describe('withdrawal before 受理', () => {
  it('takes effect at once, and the page says so', async () => {
    const fresh = {
      code: await submitApplication(t.app, { pdf: await pdfBytes(), png: pngBytes() }),
    }
    const freshId = await applicationIdOf(t.db.db, fresh.code)
    const browser = await applicant(fresh.code)
    const form = await (await browser.get('/track/withdraw')).text()
    expect(form).toContain('申请还没有受理，撤回后立即生效')
    await browser.post('/track/withdraw', { confirm: 'yes' })
    expect((await c.row(freshId)).stage).toBe('withdrawn')
    expect(await requests(freshId)).toEqual([])
  })
})

describe('终结审查 on a settlement (第七十三条第（三）项)', () => {
  it('needs the waiver declared in the settlement and the proviso', async () => {
    const { id } = await underReview()
    const bare = await c.act(as.reviewer!, id, 'terminate', { ground: 'settled' })
    expect(bare.status).toBe(422)
    const html = await bare.text()
    expect(html).toContain('和解协议中没有申请人放弃申请监督权利的声明的，不能以和解为由终结审查')
    expect(html).toContain('须经审查确认不损害国家利益、社会公共利益或者他人合法权益')

    const res = await c.act(as.reviewer!, id, 'terminate', {
      ground: 'settled',
      waiver: 'yes',
      ...PROVISO,
    })
    expect(res.status).toBe(303)
    const notice = await c.noticeText(id, 'termination_decision')
    expect(notice).toContain('申请人在与其他当事人达成的和解协议中声明放弃申请监督权利')
    expect(notice).toContain('第七十三条第（三）项')
  })
})
