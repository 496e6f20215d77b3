import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { insertExchangeLogEntry } from '../../src/exchange/log/exchange-log.repository.js'
import { formatTrackingCode } from '../../src/kernel/tracking-code.js'
import { sendDailyDigest } from '../../src/queue/digest.service.js'
import type { TestBrowser } from '../helpers/applicant.js'
import { auditRowsFor } from '../helpers/audit.js'
import { deliverOutbox } from '../helpers/deliver-outbox.js'
import { summaryErrors } from '../helpers/http.js'
import { insertQueueApplication } from '../helpers/queue-rows.js'
import { startSmtpInbox, type SmtpInbox } from '../helpers/smtp-inbox.js'
import { createStaff, staffBrowser, type TestStaff } from '../helpers/staff.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { exeBytes, fileOf, filesUnder, pdfBytes, sha256 } from '../helpers/upload-fixtures.js'

/** 联席会议 (issue 16 item 2): the record, its 纪要, links, action items, the due list and the digest. */
let t: TestApp
let inbox: SmtpInbox
let reviewer: TestStaff
let leader: TestStaff
let as: Record<'intake' | 'reviewer' | 'leader' | 'admin' | 'auditor', TestBrowser>
let app: { id: string; trackingCode: string }
let exchangeId: string
let others: Record<'intake' | 'admin' | 'auditor', TestStaff>

/** Fresh sessions: the digest test moves the clock past the idle timeout. */
async function signInAll() {
  const b = (s: TestStaff) => staffBrowser(t.app, t.deps, s)
  as = {
    intake: await b(others.intake),
    reviewer: await b(reviewer),
    leader: await b(leader),
    admin: await b(others.admin),
    auditor: await b(others.auditor),
  }
}

// 06:30 in Beijing on Thursday 2026-11-26: the digest waits for 07:00.
beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-11-25T22:30:00Z') })
  inbox = await startSmtpInbox()
  reviewer = await createStaff(t.deps, { roles: ['reviewer'], displayName: '李检察' })
  leader = await createStaff(t.deps, { roles: ['leader'], displayName: '赵检察长' })
  for (const [s, email] of [
    [reviewer, 'li@example.cn'],
    [leader, 'zhao@example.cn'],
  ] as const)
    await t.db.db.updateTable('staff_accounts').set({ email }).where('id', '=', s.id).execute()
  others = {
    intake: await createStaff(t.deps, { roles: ['intake'] }),
    admin: await createStaff(t.deps, { roles: ['admin'] }),
    auditor: await createStaff(t.deps, { roles: ['auditor'] }),
  }
  await signInAll()
  app = await insertQueueApplication(t.db.db, { stage: 'closed', next_due: '2027-01-01' })
  exchangeId = await insertExchangeLogEntry(t.db.db, {
    exchanged_on: '2026-11-18',
    direction: 'from_court',
    source: 'paper',
    counterpart: '平顶山市卫东区人民法院',
    content: '10月执行案件清单',
    item_count: 40,
    handled_by: reviewer.id,
    recorded_at: t.clock.now(),
  })
})
afterAll(async () => {
  await inbox.stop()
  await t.close()
})

const meetings = () => t.db.db.selectFrom('collab_meetings').selectAll().execute()
const storedFiles = () => filesUnder(path.join(t.config.dataDir, 'files'))

function meetingForm(fields: Record<string, string | string[]>, file?: File): FormData {
  const form = new FormData()
  const defaults = {
    kind: 'chiefs',
    heldOn: '2026-11-20',
    place: '卫东区人民法院第三会议室',
    chair: '赵检察长',
    participants: '卫东区人民法院：王院长、执行局张局长\n卫东区人民检察院：赵检察长、李检察',
    agenda: '通报第三季度执行监督情况；研究终本案件清理',
  }
  for (const [k, v] of Object.entries({ ...defaults, ...fields }))
    for (const x of [v].flat()) form.append(k, x)
  if (file) form.append('minutes', file)
  return form
}

let meetingId: string

describe('a 联席会议 with its minutes and action items', () => {
  it('records the meeting with its 纪要, cases and exchanges, and audits it', async () => {
    const pdf = await pdfBytes()
    const res = await as.reviewer.upload(
      '/staff/meetings/new',
      meetingForm(
        {
          decisions: '法院两个月内清理终本案件',
          caseCodes: formatTrackingCode(app.trackingCode).toLowerCase(),
          recommendationRefs: '卫东检民执监建〔2026〕3号',
          exchangeIds: [exchangeId],
        },
        fileOf(pdf, '会议纪要.pdf'),
      ),
    )
    expect(res.status).toBe(303)
    const [row] = await meetings()
    meetingId = row!.id
    expect(res.headers.get('location')).toBe(`/staff/meetings/${meetingId}?done=created`)
    expect(row).toMatchObject({
      kind: 'chiefs',
      held_on: '2026-11-20',
      minutes_sha256: sha256(pdf),
      recommendation_refs: '卫东检民执监建〔2026〕3号',
      participants: [
        { organisation: '卫东区人民法院', people: '王院长、执行局张局长' },
        { organisation: '卫东区人民检察院', people: '赵检察长、李检察' },
      ],
    })
    expect((await auditRowsFor(t.deps, 'collab_meeting', meetingId)).map((a) => a.action)).toEqual([
      'meeting.create',
    ])
    const page = await (await as.intake.get(`/staff/meetings/${meetingId}`)).text()
    expect(page).toContain('法检“两长”联席会')
    expect(page).toContain(formatTrackingCode(app.trackingCode))
    expect(page).toContain('10月执行案件清单')
    expect(page).not.toContain(`/staff/meetings/${meetingId}/minutes`)

    const download = await as.leader.get(`/staff/meetings/${meetingId}/minutes`)
    expect(download.status).toBe(200)
    expect(sha256(new Uint8Array(await download.arrayBuffer()))).toBe(sha256(pdf))
    expect(
      (await auditRowsFor(t.deps, 'collab_meeting', meetingId)).map((a) => a.action),
    ).toContain('meeting.minutes_download')
  })

  it('adds action items for a colleague and for the court', async () => {
    const add = (fields: Record<string, string>) =>
      as.reviewer.post(`/staff/meetings/${meetingId}/actions`, fields)
    expect(
      (await add({ description: '报送终本案件清单', ownerStaffId: leader.id, dueOn: '2026-11-27' }))
        .status,
    ).toBe(303)
    expect(
      (
        await add({
          description: '法院反馈清理结果',
          ownerOrganisation: '卫东区人民法院',
          dueOn: '2026-11-24',
        })
      ).status,
    ).toBe(303)
    expect(
      (await add({ description: '年终总结', ownerStaffId: leader.id, dueOn: '2027-03-01' })).status,
    ).toBe(303)
    const due = await (await as.intake.get('/staff/meetings/actions')).text()
    expect(due).toContain('报送终本案件清单')
    expect(due).toContain('法院反馈清理结果')
    expect(due).toContain('已逾期')
    expect(due).not.toContain('年终总结')
  })

  it('puts due action items in the owner’s digest email, the court’s in the recorder’s', async () => {
    t.clock.advance(3_600_000)
    expect(await sendDailyDigest(t.deps)).toEqual({ sent: true, recipients: 2 })
    await deliverOutbox(t, inbox, { untilEmpty: true })
    const toLeader = await inbox.waitFor(
      (m) => (m.to as { text: string }).text === 'zhao@example.cn',
    )
    expect(toLeader.text).toContain('会议议定事项（1 项）')
    expect(toLeader.text).toContain('报送终本案件清单')
    expect(toLeader.text).toContain('期限 2026-11-27')
    expect(toLeader.text).not.toContain('年终总结')
    const toReviewer = await inbox.waitFor(
      (m) => (m.to as { text: string }).text === 'li@example.cn',
    )
    expect(toReviewer.text).toContain('法院反馈清理结果')
    expect(toReviewer.text).toContain('承办单位：卫东区人民法院')
    expect(toReviewer.text).toContain('（已逾期）')
    await signInAll()
  })

  it('closes an item once; a second submission is refused', async () => {
    const item = await t.db.db
      .selectFrom('collab_action_items')
      .select('id')
      .where('description', '=', '法院反馈清理结果')
      .executeTakeFirstOrThrow()
    const close = () =>
      as.leader.post(`/staff/meetings/actions/${item.id}/close`, { status: 'done', note: '已反馈' })
    expect((await close()).status).toBe(303)
    expect((await close()).status).toBe(409)
    expect(
      (await auditRowsFor(t.deps, 'collab_action_item', item.id)).map((a) => a.action),
    ).toEqual(['meeting.action_add', 'meeting.action_close'])
    expect(await (await as.reviewer.get('/staff/meetings/actions')).text()).not.toContain(
      '法院反馈清理结果',
    )
  })
})

describe('bad input and the wrong role', () => {
  it.each([
    [{ heldOn: '2026-11-30' }, '会议日期不能晚于今天（2026-11-26）'],
    [{ heldOn: '2026-02-30' }, '会议日期格式不正确，请按“2026-01-31”的格式填写'],
    [{ kind: '' }, '请选择会议类型'],
    [
      { participants: '王院长' },
      '参会人员第 1 行请按“单位：人员”的格式填写，例如“卫东区人民法院：王某某、李某某”',
    ],
    [{ caseCodes: 'AAAA-BBBB-CCCC' }, /涉及案件中的“AAAA-BBBB-CCCC”不是有效的查询码/],
    [
      { exchangeIds: ['00000000-0000-4000-8000-000000000000'] },
      '选择的交换记录不存在，请刷新页面后重新选择',
    ],
  ])('refuses %o, shows the form again and keeps nothing', async (fields, message) => {
    const before = { rows: (await meetings()).length, files: await storedFiles() }
    const res = await as.reviewer.upload(
      '/staff/meetings/new',
      meetingForm(fields, fileOf(await pdfBytes(), '纪要.pdf')),
    )
    expect(res.status).toBe(422)
    const html = await res.text()
    if (typeof message === 'string') expect(summaryErrors(html)).toContain(message)
    else expect(summaryErrors(html).join('')).toMatch(message)
    expect(html).toContain('卫东区人民法院第三会议室')
    expect((await meetings()).length).toBe(before.rows)
    expect(await storedFiles()).toEqual(before.files)
  })

  it('refuses a 纪要 that is not a PDF or an image', async () => {
    const before = (await meetings()).length
    const res = await as.reviewer.upload(
      '/staff/meetings/new',
      meetingForm({}, fileOf(exeBytes(), '纪要.pdf')),
    )
    expect(res.status).toBe(422)
    expect((await meetings()).length).toBe(before)
  })

  it('refuses an action item without owner or with a bad date', async () => {
    const res = await as.reviewer.post(`/staff/meetings/${meetingId}/actions`, {
      description: '',
      dueOn: '明天',
    })
    expect(res.status).toBe(422)
    expect(summaryErrors(await res.text())).toEqual(
      expect.arrayContaining(['请填写事项内容', '请选择承办人或填写承办单位']),
    )
  })

  it('lets intake read but not write; admin and auditor see nothing', async () => {
    expect((await as.intake.get('/staff/meetings')).status).toBe(200)
    const index = await (await as.intake.get('/staff/collaboration')).text()
    expect(index).toContain('href="/staff/referrals"')
    expect(index).toMatch(/<a href="\/staff\/collaboration"[^>]*>协作台账<\/a>/)
    expect((await as.admin.get('/staff/collaboration')).status).toBe(403)
    expect((await as.intake.get('/staff/meetings/new')).status).toBe(403)
    expect((await as.intake.upload('/staff/meetings/new', meetingForm({}))).status).toBe(403)
    expect(
      (await as.intake.post(`/staff/meetings/${meetingId}/actions`, { description: 'x' })).status,
    ).toBe(403)
    expect((await as.intake.get(`/staff/meetings/${meetingId}/minutes`)).status).toBe(403)
    for (const role of ['admin', 'auditor'] as const) {
      expect((await as[role].get('/staff/meetings')).status).toBe(403)
      expect((await as[role].get(`/staff/meetings/${meetingId}`)).status).toBe(403)
    }
    expect((await as.reviewer.get('/staff/meetings/not-a-meeting')).status).toBe(404)
  })
})
