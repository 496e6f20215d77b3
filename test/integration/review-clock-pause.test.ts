import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findOpenClocks } from '../../src/deadlines/clock.repository.js'
import type { TestBrowser } from '../helpers/applicant.js'
import { reviewCase } from '../helpers/review-case.js'
import { createStaff, staffBrowser, type TestStaff } from '../helpers/staff.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'

/**
 * 规则 第五十二条: "调卷、鉴定、评估、审计、专家咨询等期间不计入审查期限". Staff stop the review clock for
 * such a period while the case stays under review; the due date moves by the days it stood still.
 */

let t: TestApp
let c: ReturnType<typeof reviewCase>
let intake: TestStaff
let reviewer: TestStaff
const as: Record<string, TestBrowser> = {}

async function signIn() {
  as.intake = await staffBrowser(t.app, t.deps, intake)
  as.reviewer = await staffBrowser(t.app, t.deps, reviewer)
}

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-11-02T02:00:00Z') })
  c = reviewCase(t)
  intake = await createStaff(t.deps, { roles: ['intake'], displayName: '王受理' })
  reviewer = await createStaff(t.deps, { roles: ['reviewer'], displayName: '李检察' })
  await signIn()
})
afterAll(() => t.close())

async function underReview() {
  const kase = await c.accepted(intake)
  expect((await c.act(as.intake!, kase.id, 'start_review', { staffId: reviewer.id })).status).toBe(
    303,
  )
  return kase
}

const review = async (id: string) =>
  (await findOpenClocks(t.db.db, id)).find((k) => k.kind === 'review')!

describe('review clock exclusions (规则 第五十二条)', () => {
  it('调卷 stops the clock without moving the stage; resuming moves the due date by the days', async () => {
    t.clock.set(new Date('2026-11-02T02:00:00Z'))
    await signIn()
    const { id, code } = await underReview()
    expect((await review(id)).due).toBe('2027-02-02')

    const res = await c.act(as.reviewer!, id, 'pause_review_clock', { reason: 'file_transfer' })
    expect(res.status).toBe(303)
    expect((await c.row(id)).stage).toBe('under_review')
    expect((await review(id)).paused_on).toBe('2026-11-02')
    const status = await c.statusPage(code)
    expect(status).toContain('当前状态：审查中')
    expect(status).toContain('因调卷，审查期限自今日起暂停计算')
    expect(status).toContain('规则第五十二条')

    t.clock.advance(10 * 86_400_000)
    await signIn()
    const resumed = await c.act(as.reviewer!, id, 'resume_review_clock', {
      note: '调取的执行卷宗已收到。',
    })
    expect(resumed.status).toBe(303)
    const clock = await review(id)
    expect(clock.paused_on).toBeNull()
    expect(clock.paused_days).toBe(10)
    expect(clock.due).toBe('2027-02-12')
    expect(clock.explanation).toContain('不计入审查期限的期间共 10 日')
    expect(await c.statusPage(code)).toContain('审查期限恢复计算，顺延至2027年2月12日')
    expect(await c.auditActions(id)).toEqual(
      expect.arrayContaining(['application.review_clock_pause', 'application.review_clock_resume']),
    )
  })

  it('refuses what it cannot do: no reason, “其他” without the matter, twice, resume unpaused, intake', async () => {
    t.clock.set(new Date('2026-11-20T02:00:00Z'))
    await signIn()
    const { id } = await underReview()
    const none = await c.act(as.reviewer!, id, 'pause_review_clock', {})
    expect(none.status).toBe(422)
    expect(await none.text()).toContain('请选择暂停计算审查期限的原因')
    const other = await c.act(as.reviewer!, id, 'pause_review_clock', { reason: 'other' })
    expect(other.status).toBe(422)
    expect(await other.text()).toContain('选择“其他”的，请写明具体事项')

    const notPaused = await c.act(as.reviewer!, id, 'resume_review_clock', { note: '卷宗已收到。' })
    expect(notPaused.status).toBe(409)
    expect(await notPaused.text()).toContain('审查期限没有暂停计算')

    const byIntake = await c.act(as.intake!, id, 'pause_review_clock', { reason: 'appraisal' })
    expect(byIntake.status).toBe(403)

    expect(
      (await c.act(as.reviewer!, id, 'pause_review_clock', { reason: 'other', detail: '勘验' }))
        .status,
    ).toBe(303)
    const twice = await c.act(as.reviewer!, id, 'pause_review_clock', { reason: 'appraisal' })
    expect(twice.status).toBe(409)
    expect(await twice.text()).toContain('审查期限已经暂停计算')
    const version = (await c.row(id)).version
    const stale = await c.act(
      as.reviewer!,
      id,
      'resume_review_clock',
      { note: '勘验已完成。' },
      version - 1,
    )
    expect(stale.status).toBe(409)
    expect((await review(id)).paused_on).not.toBeNull()
  })
})
