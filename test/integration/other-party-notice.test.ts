import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findOpenClocks } from '../../src/deadlines/clock.repository.js'
import type { TestBrowser } from '../helpers/applicant.js'
import { reviewCase } from '../helpers/review-case.js'
import { createStaff, staffBrowser, type TestStaff } from '../helpers/staff.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'

/**
 * 规则 第三十三条: "同时将《受理通知书》和监督申请书副本发送其他当事人…其他当事人可以在收到监督申请书
 * 副本之日起十五日内提出书面意见"; 第三十四条: the case goes to the 民事检察 department within three
 * days of 受理. Both are clocks on the case page; the other party's notice is numbered and kept off
 * the applicant's page.
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

const clocks = async (id: string) =>
  Object.fromEntries((await findOpenClocks(t.db.db, id)).map((k) => [k.kind, k]))
const casePage = async (id: string) => (await as.intake!.get(`/staff/applications/${id}`)).text()

describe('受理: the other parties and the 移送 to 民事检察 (规则 第三十三条、第三十四条)', () => {
  it('starts the three-day 移送 clock at 受理 and stops it when the review starts', async () => {
    const { id } = await c.accepted(intake)
    const open = await clocks(id)
    expect(open.civil_referral?.due).toBe('2026-11-05')
    expect(await casePage(id)).toContain('将案件材料移送民事检察部门')
    const res = await c.act(as.intake!, id, 'start_review', { staffId: reviewer.id })
    expect(res.status).toBe(303)
    expect((await clocks(id)).civil_referral).toBeUndefined()
  })

  it('issues a numbered 受理通知书 to another party, starts the 15-day window, hides it from the applicant', async () => {
    const { id, code } = await c.accepted(intake)
    const res = await c.act(as.intake!, id, 'issue_other_party_notice', { partyName: '赵被执行' })
    expect(res.status).toBe(303)
    const doc = await t.db.db
      .selectFrom('issued_documents')
      .select(['id', 'number', 'title'])
      .where('application_id', '=', id)
      .where('kind', '=', 'other_party_acceptance_notice')
      .executeTakeFirstOrThrow()
    expect(doc.number).toMatch(/^卫东检民执监受他〔2026〕\d+号$/)
    const text = await c.noticeText(id, 'other_party_acceptance_notice')
    expect(text).toContain('赵被执行：')
    expect(text).toContain('监督申请书副本送达你方')
    expect(text).toContain('十五日内')
    expect(text).toContain('第三十三条')
    const window = (await clocks(id)).other_party_comments!
    expect(window.due).toBe('2026-11-17')
    expect(await casePage(id)).toContain('其他当事人提出书面意见')
    // the queue sorts on staff's own deadlines; the other party's window is not one
    const app = await t.db.db
      .selectFrom('applications')
      .select('next_due')
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
    expect(app.next_due).not.toBe('2026-11-17')

    const status = await c.statusPage(code)
    expect(status).not.toContain('受理通知书（其他当事人）')
    expect(await c.auditActions(id)).toContain('application.other_party_notice')
  })

  it('records a written answer as an internal note and stops the window when all are in', async () => {
    const { id } = await c.accepted(intake)
    await c.act(as.intake!, id, 'issue_other_party_notice', { partyName: '赵被执行' })
    const partial = await c.act(as.intake!, id, 'record_other_party_comments', {
      partyName: '赵被执行',
      // typed as people type dates (src/kernel/typed-date.ts), stored as the ISO day
      receivedOn: '2026年11月2日',
      summary: '认为法院执行行为合法，请求不支持监督申请。',
    })
    expect(partial.status).toBe(303)
    expect((await clocks(id)).other_party_comments).toBeDefined()
    expect(await casePage(id)).toContain('【其他当事人书面意见】赵被执行于2026-11-02提交书面意见')
    const all = await c.act(as.reviewer!, id, 'record_other_party_comments', {
      partyName: '钱案外',
      receivedOn: '2026-11-02',
      summary: '同意申请人意见。',
      allReceived: 'yes',
    })
    expect(all.status).toBe(303)
    expect((await clocks(id)).other_party_comments).toBeUndefined()
  })

  it('refuses bad input, a stale page, the wrong role and a racing second page', async () => {
    const { id } = await c.accepted(intake)
    const noName = await c.act(as.intake!, id, 'issue_other_party_notice', { partyName: '' })
    expect(noName.status).toBe(422)
    expect(await noName.text()).toContain('请填写其他当事人的姓名或者名称')
    const future = await c.act(as.intake!, id, 'record_other_party_comments', {
      partyName: '赵被执行',
      receivedOn: '2026-12-30',
      summary: '意见要点若干。',
    })
    expect(future.status).toBe(422)
    expect(await future.text()).toContain('收到书面意见的日期不能晚于今天')
    const badDate = await c.act(as.intake!, id, 'record_other_party_comments', {
      partyName: '赵被执行',
      receivedOn: '11/02',
      summary: '意见要点若干。',
    })
    expect(badDate.status).toBe(422)
    expect(await badDate.text()).toContain(
      '收到书面意见的日期：“11/02”不是能识别的日期，请按 2026-12-03、2026/12/3 或 2026年12月3日 的样子填写',
    )
    const reviewerIssues = await c.act(as.reviewer!, id, 'issue_other_party_notice', {
      partyName: '赵被执行',
    })
    expect(reviewerIssues.status).toBe(403)
    const { version } = await c.row(id)
    const first = await c.act(
      as.intake!,
      id,
      'issue_other_party_notice',
      { partyName: '甲' + '乙' },
      version,
    )
    expect(first.status).toBe(303)
    const stale = await c.act(
      as.intake!,
      id,
      'issue_other_party_notice',
      { partyName: '丙丁' },
      version,
    )
    expect(stale.status).toBe(409)
    const docs = await t.db.db
      .selectFrom('issued_documents')
      .select('id')
      .where('application_id', '=', id)
      .where('kind', '=', 'other_party_acceptance_notice')
      .execute()
    expect(docs).toHaveLength(1)
  })
})
