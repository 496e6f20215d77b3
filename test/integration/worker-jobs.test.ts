import fs from 'node:fs/promises'
import type { ParsedMail } from 'mailparser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLogger } from '../../src/logging/logger.js'
import { requestSupplement } from '../../src/supplements/supplement.service.js'
import { formatTrackingCode } from '../../src/kernel/tracking-code.js'
import { startWorker, type RunningWorker } from '../../src/worker.js'
import { applicationIdOf, submitApplication } from '../helpers/applicant.js'
import { deliverOutbox } from '../helpers/deliver-outbox.js'
import { insertQueueApplication } from '../helpers/queue-rows.js'
import { startSmtpInbox, type SmtpInbox } from '../helpers/smtp-inbox.js'
import { createStaff } from '../helpers/staff.js'
import { createTestApp, testConfig, type TestApp } from '../helpers/test-app.js'
import { pdfBytes, pngBytes } from '../helpers/upload-fixtures.js'

// `npm run worker` once built its deps without loading the calendar and the site settings, so its
// hourly job failed every hour ("calendar not loaded yet") and never sent the digest. Here the
// worker boots exactly as its entry point does (only the database, clock and logger are given)
// and runs one hourly job.
let t: TestApp
let inbox: SmtpInbox
let worker: RunningWorker
const logs: Record<string, unknown>[] = []
const to = (m: ParsedMail) => (m.to && !Array.isArray(m.to) ? m.to.text : '')

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-11-02T02:00:00Z') })
  inbox = await startSmtpInbox()
})
afterAll(async () => {
  await inbox.stop()
  await worker?.stop('test') // closes the database the test app shares
  await fs.rm(t.config.dataDir, { recursive: true, force: true })
})

describe('the worker process’s hourly job', () => {
  it('deems an unanswered 补正 withdrawn, sends the staff digest, and mails both through SMTP', async () => {
    const code = await submitApplication(t.app, { pdf: await pdfBytes(), png: pngBytes() })
    const id = await applicationIdOf(t.db.db, code)
    const intake = await createStaff(t.deps, { roles: ['intake'] })
    await requestSupplement(t.deps, {
      applicationId: id,
      items: [{ key: 'ruling', label: '终结本次执行程序裁定书' }],
      days: 15,
      staff: { id: intake.id, roles: ['intake'] },
    })
    // The applicant consented to electronic service: the 补正通知书 is served when the SMTP server
    // accepts it, today, and the period runs from then.
    await deliverOutbox(t, inbox, { untilEmpty: true })
    const reviewer = await createStaff(t.deps, { roles: ['reviewer'] })
    await t.db.db
      .updateTable('staff_accounts')
      .set({ email: 'reviewer@example.cn' })
      .where('id', '=', reviewer.id)
      .execute()
    const due = await insertQueueApplication(t.db.db, {
      stage: 'under_review',
      next_due: '2026-11-20',
      assigned_staff_id: reviewer.id,
    })

    // Wednesday 2026-11-25, 10:00 in Beijing: the 补正 period has run out, the digest is due.
    t.clock.set(new Date('2026-11-25T02:00:00Z'))
    worker = await startWorker(
      { ...(await testConfig({ SMTP_URL: inbox.url })) },
      {
        dbHandle: t.db,
        clock: t.clock,
        logger: createLogger('debug', (line) => logs.push(JSON.parse(line))),
        outbox: { poll: false },
      },
    )
    expect(await worker.jobs.runHourlyNow()).toMatchObject({ deemedWithdrawn: 1 })
    expect(logs.filter((l) => l.level === 'warn' || l.level === 'error')).toEqual([])
    const stage = await t.db.db
      .selectFrom('applications')
      .select('stage')
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
    expect(stage.stage).toBe('deemed_withdrawn')

    expect(await worker.jobs.outboxWorker.runOnce()).toBeGreaterThanOrEqual(2)
    const digest = await inbox.waitFor((m) => to(m) === 'reviewer@example.cn')
    expect(digest.text).toContain(formatTrackingCode(due.trackingCode))
    const withdrawn = await inbox.waitFor(
      (m) => to(m) === 'zhang.xiuying@example.cn' && (m.text ?? '').includes('视为撤回'),
    )
    expect(withdrawn.subject).toContain(code)
  })
})
