import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { OWN_DRAFT_MESSAGE } from '../../src/actions/recommendation.service.js'
import type { TestBrowser } from '../helpers/applicant.js'
import { reviewCase } from '../helpers/review-case.js'
import { createStaff, staffBrowser, type TestStaff } from '../helpers/staff.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { exeBytes, fileOf, filesUnder, pdfBytes } from '../helpers/upload-fixtures.js'

/** Refusals of the review actions: nothing may change when one is refused (docs/product.md §8, §9). */
let t: TestApp
let c: ReturnType<typeof reviewCase>
let intake: TestStaff
let reviewer: TestStaff
let second: TestStaff
let both: TestStaff
const as: Record<string, TestBrowser> = {}

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-11-02T02:00:00Z') })
  c = reviewCase(t)
  intake = await createStaff(t.deps, { roles: ['intake'] })
  reviewer = await createStaff(t.deps, { roles: ['reviewer'] })
  second = await createStaff(t.deps, { roles: ['reviewer'] })
  both = await createStaff(t.deps, { roles: ['reviewer', 'leader'], displayName: '钱双岗' })
  for (const [name, staff] of Object.entries({ intake, reviewer, second, both }))
    as[name] = await staffBrowser(t.app, t.deps, staff)
})
afterAll(() => t.close())

const path = (id: string, action: string) => `/staff/applications/${id}/actions/${action}`
const DRAFT = {
  courtName: '平顶山市卫东区人民法院',
  violations: '该院对已查封账户长期未扣划，构成消极执行。',
  recommendation: '建议该院依法及时扣划并发放执行款。',
  legalBasis: '民事诉讼法第二百四十六条',
}

async function underReview(handler: TestStaff = reviewer) {
  const kase = await c.accepted(intake)
  expect((await c.act(as.intake!, kase.id, 'start_review', { staffId: handler.id })).status).toBe(
    303,
  )
  return kase
}

async function snapshot(id: string) {
  const [app, records, drafts, docs] = await Promise.all([
    c.row(id),
    t.db.db.selectFrom('review_records').select('id').where('application_id', '=', id).execute(),
    t.db.db
      .selectFrom('recommendation_drafts')
      .select(['status', 'version'])
      .where('application_id', '=', id)
      .execute(),
    t.db.db.selectFrom('issued_documents').select('id').where('application_id', '=', id).execute(),
  ])
  return {
    app,
    records: records.length,
    drafts,
    docs: docs.length,
    audit: await c.auditActions(id),
  }
}

describe('refused review actions', () => {
  it('a 检察建议 goes to a court this procuratorate supervises (legal review D25)', async () => {
    const { id } = await underReview()
    const form = await (await as.reviewer!.get(path(id, 'draft_recommendation'))).text()
    expect(form).toContain('<option value="平顶山市卫东区人民法院" selected')
    const before = await snapshot(id)
    const elsewhere = await c.act(as.reviewer!, id, 'draft_recommendation', {
      ...DRAFT,
      courtName: '北京市朝阳区人民法院',
    })
    expect(elsewhere.status).toBe(422)
    expect(await elsewhere.text()).toContain('请从本院监督的法院中选择接收检察建议的法院')
    expect(await snapshot(id)).toEqual(before)
  })

  it('a reviewer who also holds the leader role cannot approve their own 检察建议', async () => {
    const { id } = await underReview(both)
    const none = await c.act(as.both!, id, 'decide_recommendation', { decision: 'approve' })
    expect(none.status).toBe(409)
    expect(await none.text()).toContain('还没有检察建议稿，不能批准')
    expect((await as.both!.get(path(id, 'decide_recommendation'))).status).toBe(409)

    expect((await c.act(as.both!, id, 'draft_recommendation', DRAFT)).status).toBe(303)
    const before = await snapshot(id)
    const own = await c.act(as.both!, id, 'decide_recommendation', { decision: 'approve' })
    expect(own.status).toBe(403)
    expect(await own.text()).toContain(OWN_DRAFT_MESSAGE)
    const after = await snapshot(id)
    expect({ ...after, audit: before.audit }).toEqual(before)
    expect(after.audit).toEqual([...before.audit, 'application.decide_recommendation'])
    const denied = await t.db.db
      .selectFrom('audit_events')
      .select(['result', 'actor_id'])
      .where('object_id', '=', id)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow()
    expect(denied).toEqual({ result: 'denied', actor_id: both.id })
    expect(before.drafts).toEqual([{ status: 'drafted', version: 1 }])
  })

  it('nobody who edited the 检察建议 draft may decide on it, not only the last to save (F22)', async () => {
    // security review F22: 钱双岗 drafts, a colleague re-saves the same text, 钱双岗 approves
    const { id } = await underReview(both)
    expect((await c.act(as.both!, id, 'draft_recommendation', DRAFT)).status).toBe(303)
    expect((await c.act(as.reviewer!, id, 'draft_recommendation', DRAFT)).status).toBe(303)
    const before = await snapshot(id)
    const own = await c.act(as.both!, id, 'decide_recommendation', { decision: 'approve' })
    expect(own.status).toBe(403)
    expect(await own.text()).toContain(OWN_DRAFT_MESSAGE)
    expect((await snapshot(id)).drafts).toEqual(before.drafts)
    const returned = await c.act(as.both!, id, 'decide_recommendation', {
      decision: 'return',
      comment: '请补充法律依据',
    })
    expect(returned.status).toBe(403)
    const leader = await staffBrowser(
      t.app,
      t.deps,
      await createStaff(t.deps, { roles: ['leader'] }),
    )
    expect((await c.act(leader, id, 'decide_recommendation', { decision: 'approve' })).status).toBe(
      303,
    )
    expect((await snapshot(id)).drafts).toEqual([{ status: 'approved', version: 2 }])
  })

  it('two staff acting on the same page version at once: exactly one wins, the other gets 409', async () => {
    const { id } = await underReview()
    const { version } = await c.row(id)
    const results = await Promise.all([
      c.act(as.reviewer!, id, 'suspend', { ground: 'depends_on_other_case' }, version),
      c.act(as.second!, id, 'terminate', { ground: 'court_corrected' }, version),
    ])
    const statuses = results.map((r) => r.status).sort()
    expect(statuses).toEqual([303, 409])
    const loser = results.find((r) => r.status === 409)!
    const stage = (await c.row(id)).stage
    expect(['suspended', 'terminated']).toContain(stage)
    expect(await loser.text()).toContain(stage === 'suspended' ? '中止审查' : '终结审查')
    const records = await t.db.db
      .selectFrom('review_records')
      .select('action')
      .where('application_id', '=', id)
      .execute()
    expect(records.map((r) => r.action).sort()).toEqual(
      ['start_review', stage === 'suspended' ? 'suspend' : 'terminate'].sort(),
    )
    const docs = await t.db.db
      .selectFrom('issued_documents')
      .select('kind')
      .where('application_id', '=', id)
      .execute()
    expect(docs).toHaveLength(1)
  })

  it('a stale page is refused with the current stage, and nothing changes', async () => {
    const { id } = await underReview()
    const { version } = await c.row(id)
    expect((await c.act(as.reviewer!, id, 'draft_recommendation', DRAFT, version)).status).toBe(303)
    const before = await snapshot(id)
    const stale = await c.act(as.reviewer!, id, 'terminate', { ground: 'court_corrected' }, version)
    expect(stale.status).toBe(409)
    const page = await stale.text()
    expect(page).toContain('该申请已被更新，当前状态为“审查中”')
    expect(page).not.toContain('刷新')
    expect(page).toContain(`class="button" href="/staff/applications/${id}">返回申请详情</a>`)
    expect(await snapshot(id)).toEqual(before)
  })

  it('an action the stage does not allow is refused with 409; a role that may not act gets 403', async () => {
    const { id } = await underReview()
    const before = await snapshot(id)
    const resume = await c.act(as.reviewer!, id, 'resume', { note: '原因已经消除。' })
    expect(resume.status).toBe(409)
    expect(await resume.text()).toContain('当前状态为“审查中”，不能恢复审查')
    const reply = await as.reviewer!.get(path(id, 'record_court_reply'))
    expect(reply.status).toBe(409)
    const suspend = await c.act(as.intake!, id, 'suspend', { ground: 'depends_on_other_case' })
    expect(suspend.status).toBe(403)
    const denied = await suspend.text()
    expect(denied).toContain('您的账号没有办理此项工作的权限')
    expect(denied).toContain(`href="/staff/applications/${id}">返回申请详情</a>`)
    expect(denied).not.toContain('查看申请指南')
    const escalate = await c.act(as.reviewer!, id, 'escalate', {
      reason: 'sensitive',
      explanation: '涉及群体性事件，较为敏感。',
    })
    expect(escalate.status).toBe(403)
    expect(await snapshot(id)).toEqual(before)

    // a leader may close an escalated case, but only a reviewer closes after a decision
    expect((await c.act(as.reviewer!, id, 'terminate', { ground: 'court_corrected' })).status).toBe(
      303,
    )
    const leaderOnly = await staffBrowser(
      t.app,
      t.deps,
      await createStaff(t.deps, { roles: ['leader'] }),
    )
    const close = await c.act(leaderOnly, id, 'close', { outcome: '决定书已经送达。' })
    expect(close.status).toBe(409)
    expect(await close.text()).toContain('院领导不能办结，需由民事检察部门办理')
  })

  it('start_review only hands a case to an enabled reviewer', async () => {
    const kase = await c.accepted(intake)
    const res = await c.act(as.intake!, kase.id, 'start_review', { staffId: intake.id })
    expect(res.status).toBe(422)
    expect((await c.row(kase.id)).stage).toBe('accepted')
    const empty = await c.act(as.intake!, kase.id, 'start_review', { staffId: '' })
    expect(empty.status).toBe(422)
    expect(await empty.text()).toContain('请选择承办检察官')
  })

  it('a court reply with a future date, no letter or a letter that is not a PDF or image is refused', async () => {
    const { id } = await underReview()
    expect((await c.act(as.reviewer!, id, 'draft_recommendation', DRAFT)).status).toBe(303)
    expect(
      (await c.act(as.both!, id, 'decide_recommendation', { decision: 'approve' })).status,
    ).toBe(303)
    const before = await snapshot(id)
    const materials = async () =>
      (
        await t.db.db
          .selectFrom('application_materials')
          .select('id')
          .where('application_id', '=', id)
          .execute()
      ).length
    const count = await materials()
    const files = (await filesUnder(t.config.dataDir)).length
    const post = async (fields: Record<string, string>, file?: File) => {
      const form = new FormData()
      form.append('version', String((await c.row(id)).version))
      for (const [k, v] of Object.entries(fields)) form.append(k, v)
      if (file) form.append('file', file)
      return as.reviewer!.upload(path(id, 'record_court_reply'), form)
    }
    const future = await post(
      { repliedOn: '2027-01-05', outcome: 'adopted' },
      fileOf(await pdfBytes(), '函.pdf'),
    )
    expect(future.status).toBe(422)
    expect(await future.text()).toContain('法院回复的日期不能晚于今天')
    const early = await post(
      { repliedOn: '2026-10-01', outcome: 'adopted' },
      fileOf(await pdfBytes(), '函.pdf'),
    )
    expect(early.status).toBe(422)
    expect(await early.text()).toContain('不能早于本院提出检察建议的日期')
    const noFile = await post({ repliedOn: '2026-11-02', outcome: 'not_adopted' })
    expect(noFile.status).toBe(422)
    expect(await noFile.text()).toContain('请上传法院的回复意见函')
    const exe = await post(
      { repliedOn: '2026-11-02', outcome: 'not_adopted' },
      fileOf(exeBytes(), '函.pdf'),
    )
    expect(exe.status).toBe(422)
    expect(await snapshot(id)).toEqual(before)
    expect(await materials()).toBe(count)
    expect((await filesUnder(t.config.dataDir)).length).toBe(files)
  })

  it('every action form shows the case and carries the version of the page', async () => {
    const { id } = await underReview()
    const { version } = await c.row(id)
    for (const [browser, action] of [
      [as.reviewer!, 'suspend'],
      [as.reviewer!, 'terminate'],
      [as.reviewer!, 'decide_not_supported'],
      [as.reviewer!, 'draft_recommendation'],
      [as.both!, 'escalate'],
    ] as const) {
      const res = await browser.get(path(id, action))
      expect(res.status, action).toBe(200)
      const html = await res.text()
      expect(html).toContain(`name="version" value="${version}"`)
      expect(html).toContain('（2023）豫0403执123号')
      expect(html).toContain(`action="${path(id, action)}"`)
    }
    expect((await as.reviewer!.get(path(id, 'resume'))).status).toBe(409)
    expect((await as.reviewer!.get(path(id, 'court_extension'))).status).toBe(409)
    expect(
      (await as.reviewer!.get(path('00000000-0000-4000-8000-000000000000', 'suspend'))).status,
    ).toBe(404)
  })
})
