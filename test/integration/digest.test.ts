import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runDeadlineJobs } from '../../src/maintenance/deadline-jobs.js'
import { sendDailyDigest } from '../../src/queue/digest.service.js'
import type { StaffRole } from '../../src/staff/staff-account.table.js'
import { formatTrackingCode } from '../../src/kernel/tracking-code.js'
import { deliverOutbox } from '../helpers/deliver-outbox.js'
import { insertQueueApplication } from '../helpers/queue-rows.js'
import { startSmtpInbox, type SmtpInbox } from '../helpers/smtp-inbox.js'
import { createStaff } from '../helpers/staff.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'

// 06:30 in Beijing on Thursday 2026-11-26: too early for the digest; 07:30 is not.
let t: TestApp
let inbox: SmtpInbox
const ids: Record<string, string> = {}
const codes: Record<string, string> = {}

async function staffWith(key: string, roles: StaffRole[], email: string | null, disabled = false) {
  const s = await createStaff(t.deps, { roles })
  await t.db.db
    .updateTable('staff_accounts')
    .set({ email, disabled_at: disabled ? t.clock.now() : null })
    .where('id', '=', s.id)
    .execute()
  ids[key] = s.id
}

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-11-25T22:30:00Z') })
  inbox = await startSmtpInbox()
  await staffWith('intake', ['intake'], 'intake@example.cn')
  await staffWith('reviewer', ['reviewer'], 'reviewer@example.cn')
  await staffWith('noEmail', ['reviewer'], null)
  await staffWith('disabled', ['reviewer'], 'gone@example.cn', true)
  await staffWith('admin', ['admin'], 'admin@example.cn')
  const apps = {
    unassignedOverdue: { next_due: '2026-11-24', case_number: '（2024）豫0403执11号' },
    unassignedSoon: { stage: 'supplement_requested' as const, next_due: '2026-11-27' },
    unassignedAccepted: { stage: 'accepted' as const, next_due: '2026-11-27' },
    reviewSoon: {
      stage: 'under_review' as const,
      next_due: '2026-11-30',
      assigned_staff_id: ids.reviewer,
      case_number: '（2024）豫0403执22号',
    },
    reviewLater: {
      stage: 'under_review' as const,
      next_due: '2026-12-20',
      assigned_staff_id: ids.reviewer,
    },
    reviewClosed: {
      stage: 'closed' as const,
      next_due: '2026-11-20',
      assigned_staff_id: ids.reviewer,
    },
    disabledOverdue: {
      stage: 'under_review' as const,
      next_due: '2026-11-20',
      assigned_staff_id: ids.disabled,
    },
    noEmailOverdue: {
      stage: 'under_review' as const,
      next_due: '2026-11-20',
      assigned_staff_id: ids.noEmail,
    },
  }
  for (const [key, row] of Object.entries(apps))
    codes[key] = formatTrackingCode(
      (await insertQueueApplication(t.db.db, { applicant_name: '张秀英', ...row })).trackingCode,
    )
})
afterAll(async () => {
  await inbox.stop()
  await t.close()
})

const digestRows = () =>
  t.db.db
    .selectFrom('outbox_messages')
    .select(['message_key', 'recipient'])
    .where('kind', '=', 'staff_digest')
    .orderBy('recipient')
    .execute()

describe('the daily staff digest', () => {
  it('waits for the morning', async () => {
    expect(await sendDailyDigest(t.deps)).toEqual({ sent: false, recipients: 0 })
    expect(await digestRows()).toEqual([])
  })

  it('sends each responsible person their overdue and due-soon items, once a day', async () => {
    t.clock.advance(3_600_000)
    const runs = await Promise.all([runDeadlineJobs(t.deps), runDeadlineJobs(t.deps)])
    expect(runs).toEqual([0, 0])
    expect(await sendDailyDigest(t.deps)).toEqual({ sent: false, recipients: 0 })
    expect(await digestRows()).toEqual([
      { message_key: `digest:${ids.intake}:2026-11-26`, recipient: 'intake@example.cn' },
      { message_key: `digest:${ids.reviewer}:2026-11-26`, recipient: 'reviewer@example.cn' },
    ])
    const run = await t.db.db.selectFrom('digest_runs').select(['day', 'recipients']).execute()
    expect(run).toEqual([{ day: '2026-11-26', recipients: 2 }])

    await deliverOutbox(t, inbox)
    const intakeMail = await inbox.waitFor(
      (m) => m.text?.includes(codes.unassignedOverdue!) ?? false,
    )
    expect(intakeMail.subject).toContain('已逾期 1 件，即将到期 1 件')
    expect(intakeMail.text).toContain('（2024）豫0403执11号')
    expect(intakeMail.text).toContain('已逾期 2 天')
    expect(intakeMail.text).toContain(codes.unassignedSoon)
    expect(intakeMail.text).not.toContain(codes.unassignedAccepted)
    expect(intakeMail.text).not.toContain(codes.reviewSoon)

    const reviewerMail = await inbox.waitFor((m) => m.text?.includes(codes.reviewSoon!) ?? false)
    expect(reviewerMail.subject).toContain('已逾期 0 件，即将到期 1 件')
    expect(reviewerMail.text).toContain('还剩 2 个工作日')
    for (const other of ['reviewLater', 'reviewClosed', 'disabledOverdue', 'noEmailOverdue'])
      expect(reviewerMail.text).not.toContain(codes[other])
    for (const mail of [intakeMail, reviewerMail]) expect(mail.text).not.toContain('张秀英')
    expect(inbox.messages.map((m) => (m.to as { text: string }).text).sort()).toEqual([
      'intake@example.cn',
      'reviewer@example.cn',
    ])
  })

  it('sends again the next day', async () => {
    t.clock.advance(86_400_000)
    expect(await sendDailyDigest(t.deps)).toEqual({ sent: true, recipients: 2 })
    expect((await digestRows()).map((r) => r.message_key)).toContain(
      `digest:${ids.reviewer}:2026-11-27`,
    )
  })

  it('refuses a malformed staff address', async () => {
    await expect(
      t.db.db
        .updateTable('staff_accounts')
        .set({ email: 'not an address' })
        .where('id', '=', ids.intake!)
        .execute(),
    ).rejects.toMatchObject({ code: '23514' })
  })
})
