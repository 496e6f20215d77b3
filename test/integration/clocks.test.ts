import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findAllClocks, findOpenClocks } from '../../src/deadlines/clock.repository.js'
import { extendClock, startClock } from '../../src/deadlines/clocks.js'
import { requestSupplement } from '../../src/supplements/supplement.service.js'
import { changeStage } from '../../src/workflow/stage-change.service.js'
import type { Action, Actor } from '../../src/workflow/transitions.js'
import { applicationIdOf, submitApplication } from '../helpers/applicant.js'
import { servePostally } from '../helpers/service.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { pdfBytes, pngBytes } from '../helpers/upload-fixtures.js'

/** docs/product.md §9 deadlines: each transition starts, stops or pauses the right clocks. */
let t: TestApp
beforeAll(async () => {
  // Monday 2 November 2026, 10:00 in Beijing.
  t = await createTestApp({ now: new Date('2026-11-02T02:00:00Z') })
})
afterAll(() => t.close())

type Who = { type: 'staff' | 'applicant'; id: null; roles: Actor[] }
const intake: Who = { type: 'staff', id: null, roles: ['intake'] }
const reviewer: Who = { type: 'staff', id: null, roles: ['reviewer'] }
const leader: Who = { type: 'staff', id: null, roles: ['leader'] }
const applicant: Who = { type: 'applicant', id: null, roles: ['applicant'] }

async function newApplication(): Promise<string> {
  const code = await submitApplication(t.app, { pdf: await pdfBytes(), png: pngBytes() })
  return applicationIdOf(t.db.db, code)
}

async function open(id: string) {
  const clocks = await findOpenClocks(t.db.db, id)
  return Object.fromEntries(clocks.map((c) => [c.kind, c.paused_on ? `${c.due} paused` : c.due]))
}

async function nextDue(id: string) {
  const row = await t.db.db
    .selectFrom('applications')
    .select(['next_due', 'procedural_reply_due'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow()
  return row
}

const move = (id: string, action: Action, actor: Who = intake) =>
  changeStage(t.deps, { applicationId: id, action, actor })

describe('statutory clocks', () => {
  it('runs the reply clock from submission, restarts it after 补正, then review from acceptance', async () => {
    const id = await newApplication()
    // 7 working days after Mon 2 Nov: Wed 11 Nov.
    expect(await open(id)).toEqual({ procedural_reply: '2026-11-11' })
    expect((await nextDue(id)).next_due).toBe('2026-11-11')

    await requestSupplement(t.deps, {
      applicationId: id,
      items: [{ key: 'x', label: '身份证明' }],
      staff: { id: '00000000-0000-4000-8000-000000000001', roles: ['intake'] },
    })
    // The 补正 period runs from service (docs/decisions/042-service-of-notices.md): no clock yet.
    expect(await open(id)).toEqual({})
    await servePostally(t.deps, id)
    expect(await open(id)).toEqual({ supplement: '2026-11-17' })

    t.clock.advance(3 * 86_400_000) // Thursday 5 November
    await move(id, 'supplement_complete', applicant)
    // A fresh 7 working days from Thu 5 Nov: Mon 16 Nov; the applicant's page reads it too.
    expect(await open(id)).toEqual({ procedural_reply: '2026-11-16' })
    expect(await nextDue(id)).toEqual({
      next_due: '2026-11-16',
      procedural_reply_due: '2026-11-16',
    })

    await move(id, 'accept')
    // Thu 5 Nov + 3 days is Sunday 8 Nov, so the period ends on Monday (第八十五条).
    // 规则 第三十四条: the file goes to 民事检察 within the same 3 days
    expect(await open(id)).toEqual({
      acceptance_notice: '2026-11-09',
      civil_referral: '2026-11-09',
      review: '2027-02-05',
    })
    expect((await nextDue(id)).next_due).toBe('2026-11-09')
  })

  it('pauses review while suspended and moves its due date by the days it stood still', async () => {
    t.clock.set(new Date('2026-11-02T02:00:00Z'))
    const id = await newApplication()
    await move(id, 'accept')
    await move(id, 'start_review')
    expect((await open(id)).review).toBe('2027-02-02')

    t.clock.advance(10 * 86_400_000) // Thu 12 Nov
    await move(id, 'suspend', reviewer)
    expect((await open(id)).review).toBe('2027-02-02 paused')
    t.clock.advance(20 * 86_400_000) // Wed 2 Dec: 20 days stood still
    await move(id, 'resume', reviewer)
    const review = (await findOpenClocks(t.db.db, id)).find((c) => c.kind === 'review')!
    expect(review.due).toBe('2027-02-22')
    expect(review.paused_days).toBe(20)
    expect(review.explanation).toContain('中止审查等不计入审查期限的期间共 20 日')

    await move(id, 'decide_recommendation', leader)
    const clocks = await open(id)
    expect(clocks.review).toBeUndefined()
    // legal review D6: the reply clock starts on the court's receipt (the register's 送达)
    expect(clocks.court_reply).toBeUndefined()
    await t.db.db
      .transaction()
      .execute((trx) =>
        startClock(trx, t.deps, {
          applicationId: id,
          kind: 'court_reply',
          startedOn: '2026-12-02',
        }),
      )
    expect((await open(id)).court_reply).toBe('2027-03-02')
    await t.db.db.transaction().execute((trx) => extendClock(trx, t.deps, id, 'court_reply'))
    expect((await open(id)).court_reply).toBe('2027-04-02')

    await move(id, 'record_court_reply', reviewer)
    await move(id, 'close', reviewer)
    expect(await open(id)).toEqual({})
    expect((await nextDue(id)).next_due).toBeNull()
    const kinds = (await findAllClocks(t.db.db, id)).map((c) => c.kind)
    expect(kinds).toEqual(
      expect.arrayContaining(['procedural_reply', 'acceptance_notice', 'review', 'court_reply']),
    )
  })

  it('stops every clock when the application is not accepted', async () => {
    const id = await newApplication()
    await move(id, 'not_accept')
    expect(await open(id)).toEqual({})
    expect((await nextDue(id)).next_due).toBeNull()
  })
})
