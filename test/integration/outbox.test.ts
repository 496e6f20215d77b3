import crypto from 'node:crypto'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { fixedClock } from '../../src/clock.js'
import { createDb } from '../../src/db/database.js'
import { createLogger } from '../../src/logging/logger.js'
import { createMailer, type Mailer } from '../../src/notifications/mailer.js'
import {
  claimDueMessages,
  findAttachments,
  findOutboxMessageByKey,
  insertOutboxMessage,
  markSent,
  type NewOutboxMessage,
} from '../../src/notifications/outbox.repository.js'
import {
  startOutboxWorker,
  type OutboxWorkerOptions,
} from '../../src/notifications/outbox-worker.js'
import { startSmtpInbox, type SmtpInbox } from '../helpers/smtp-inbox.js'
import { createTestDb, type TestDb } from '../helpers/test-db.js'

const RECIPIENT = 'zhang.san.applicant@example.com'
const PDF_BYTES = Buffer.concat([
  Buffer.from('%PDF-1.7\n'),
  Buffer.from(Array.from({ length: 256 }, (_, i) => i)),
  crypto.randomBytes(64 * 1024),
])
const sha256 = (bytes: Uint8Array) => crypto.createHash('sha256').update(bytes).digest('hex')

let db: TestDb
let inbox: SmtpInbox
let mailer: Mailer
const clock = fixedClock(new Date())
const logs: string[] = []
const logger = createLogger('debug', (line) => logs.push(line))

beforeAll(async () => {
  db = await createTestDb()
  inbox = await startSmtpInbox()
  mailer = createMailer({
    smtpUrl: inbox.url,
    mailFrom: '执监通 <no-reply@zhijian.example.gov.cn>',
    dataDir: '/nonexistent',
    publicBaseUrl: 'https://zhijian.example.gov.cn',
  })
})
afterAll(async () => {
  await mailer.close()
  await inbox.stop()
  await db.close()
})
beforeEach(async () => {
  await db.db.deleteFrom('outbox_messages').execute()
  inbox.messages.length = 0
  inbox.failNext(0)
  logs.length = 0
})

function message(key: string, overrides: Partial<NewOutboxMessage> = {}): NewOutboxMessage {
  return {
    message_key: key,
    kind: 'application_submitted',
    recipient: RECIPIENT,
    subject: '您的监督申请已提交（查询码 ABCD-EFGH-JKMN）',
    text_body: '您好：\n您的申请已提交，查询码 ABCD-EFGH-JKMN。',
    html_body: '<p>您好：</p><p>您的申请已提交，查询码 <strong>ABCD-EFGH-JKMN</strong>。</p>',
    next_attempt_at: clock.now(),
    ...overrides,
  }
}

function worker(options: OutboxWorkerOptions = {}) {
  return startOutboxWorker(
    { db: db.db, mailer, clock, logger },
    { poll: false, random: () => 0.5, ...options },
  )
}

const status = async (key: string) => (await findOutboxMessageByKey(db.db, key))!

describe('outbox repository', () => {
  it('stores attachment bytes as bytea and reads them back as identical Buffers', async () => {
    const id = await insertOutboxMessage(
      db.db,
      message('bytes:1', {
        attachments: [
          { filename: '收件回执.pdf', content_type: 'application/pdf', content: PDF_BYTES },
          { filename: 'empty.txt', content_type: 'text/plain', content: new Uint8Array(0) },
        ],
      }),
    )
    const attachments = await findAttachments(db.db, id)
    expect(attachments.map((a) => a.filename)).toEqual(['收件回执.pdf', 'empty.txt'])
    expect(Buffer.isBuffer(attachments[0]!.content)).toBe(true)
    expect(sha256(attachments[0]!.content)).toBe(sha256(PDF_BYTES))
    expect(attachments[1]!.content.length).toBe(0)
  })

  it('leases a claimed row so no second claim gets it until the lease runs out', async () => {
    await insertOutboxMessage(db.db, message('lease:1'))
    const first = await claimDueMessages(db.db, clock.now(), 10, 60_000)
    expect(first.map((m) => [m.message_key, m.attempts])).toEqual([['lease:1', 1]])
    expect(
      await claimDueMessages(db.db, new Date(clock.now().getTime() + 59_000), 10, 60_000),
    ).toEqual([])
    const again = await claimDueMessages(
      db.db,
      new Date(clock.now().getTime() + 60_000),
      10,
      60_000,
    )
    expect(again.map((m) => [m.message_key, m.attempts])).toEqual([['lease:1', 2]])
  })

  // A second connection inside the transaction on purpose: it plays another worker. PGlite has one
  // connection only (that query would wait forever), so this runs on PostgreSQL.
  it.skipIf(!process.env.DATABASE_URL)(
    'lets a second worker skip rows another one is claiming instead of waiting for them',
    async () => {
      for (let i = 1; i <= 3; i++) await insertOutboxMessage(db.db, message(`skip:${i}`))
      const [mine, theirs] = await db.db.transaction().execute(async (trx) => {
        const mine = await claimDueMessages(trx, clock.now(), 2, 60_000)
        const theirs = await claimDueMessages(db.db, clock.now(), 10, 60_000)
        return [mine, theirs]
      })
      expect(mine).toHaveLength(2)
      expect(theirs).toHaveLength(1)
      const keys = [...mine, ...theirs].map((m) => m.message_key).sort()
      expect(keys).toEqual(['skip:1', 'skip:2', 'skip:3'])
    },
  )

  it('never claims a row marked sent, and does not mark it sent twice', async () => {
    const id = await insertOutboxMessage(db.db, message('sent:1'))
    expect(await markSent(db.db, id, clock.now())).toBe(true)
    expect(await markSent(db.db, id, clock.now())).toBe(false)
    expect(await claimDueMessages(db.db, new Date('2100-01-01T00:00:00Z'), 10, 1_000)).toEqual([])
  })

  it('uses the database time when the caller gives no next_attempt_at', async () => {
    const { next_attempt_at: _omitted, ...rest } = message('default-time:1')
    await insertOutboxMessage(db.db, rest)
    expect(await claimDueMessages(db.db, new Date(Date.now() + 5_000), 10, 1_000)).toHaveLength(1)
  })
})

describe('outbox worker', () => {
  it('never sends a message enqueued in a transaction that rolled back', async () => {
    const failing = db.db.transaction().execute(async (trx) => {
      await insertOutboxMessage(trx, message('rolled-back:1'))
      throw new Error('the state change failed')
    })
    await expect(failing).rejects.toThrow('the state change failed')
    expect(await worker().runOnce()).toBe(0)
    expect(await findOutboxMessageByKey(db.db, 'rolled-back:1')).toBeUndefined()
    expect(inbox.messages).toHaveLength(0)
  })

  it('sends a committed message with Chinese subject, text, HTML and the exact attachment bytes', async () => {
    const id = await db.db.transaction().execute((trx) =>
      insertOutboxMessage(
        trx,
        message('submitted:1', {
          attachments: [
            { filename: '收件回执.pdf', content_type: 'application/pdf', content: PDF_BYTES },
          ],
        }),
      ),
    )
    expect(await worker().runOnce()).toBe(1)
    const mail = await inbox.waitFor((m) => m.messageId === `<${id}@zhijian.example.gov.cn>`)
    expect(mail.subject).toBe('您的监督申请已提交（查询码 ABCD-EFGH-JKMN）')
    expect(mail.text).toContain('查询码 ABCD-EFGH-JKMN')
    expect(mail.html).toContain('<strong>ABCD-EFGH-JKMN</strong>')
    expect(mail.from?.value[0]).toMatchObject({
      name: '执监通',
      address: 'no-reply@zhijian.example.gov.cn',
    })
    expect(mail.headers.get('auto-submitted')).toBe('auto-generated')
    expect(mail.attachments).toHaveLength(1)
    expect(mail.attachments[0]!.filename).toBe('收件回执.pdf')
    expect(mail.attachments[0]!.contentType).toBe('application/pdf')
    expect(sha256(mail.attachments[0]!.content)).toBe(sha256(PDF_BYTES))

    expect(await status('submitted:1')).toMatchObject({
      status: 'sent',
      attempts: 1,
      sent_at: clock.now(),
      last_error: null,
    })
    expect(await worker().runOnce()).toBe(0)
    expect(inbox.messages).toHaveLength(1)
  })

  it('sends a message enqueued twice under the same key once', async () => {
    const first = await insertOutboxMessage(db.db, message('twice:1'))
    const second = await insertOutboxMessage(db.db, message('twice:1', { subject: '另一个主题' }))
    expect(second).toBe(first)
    expect(await worker().runOnce()).toBe(1)
    expect(await worker().runOnce()).toBe(0)
    expect(inbox.messages.map((m) => m.subject)).toEqual([message('twice:1').subject])
  })

  it('keeps the message when the SMTP server is down and sends it once when it is back', async () => {
    await insertOutboxMessage(db.db, message('outage:1'))
    await inbox.stop()
    try {
      expect(await worker().runOnce()).toBe(0)
    } finally {
      await inbox.restart()
    }
    const failed = await status('outage:1')
    expect(failed).toMatchObject({ status: 'pending', attempts: 1, sent_at: null })
    expect(failed.last_error).toMatch(/ECONNREFUSED|ECONNECTION/)
    expect(failed.next_attempt_at.getTime() - clock.now().getTime()).toBe(30_000)

    // Not due yet: nothing is tried before the backoff has passed.
    expect(await worker().runOnce()).toBe(0)
    expect((await status('outage:1')).attempts).toBe(1)

    clock.advance(30_000)
    expect(await worker().runOnce()).toBe(1)
    expect(await worker().runOnce()).toBe(0)
    expect(inbox.messages).toHaveLength(1)
    expect(await status('outage:1')).toMatchObject({ status: 'sent', attempts: 2 })
  })

  it('leaves the rest untried when the server is unreachable', async () => {
    for (let i = 1; i <= 3; i++) await insertOutboxMessage(db.db, message(`down:${i}`))
    await inbox.stop()
    try {
      expect(await worker().runOnce()).toBe(0)
    } finally {
      await inbox.restart()
    }
    expect(logs.join('')).toMatch(/"msg":"outbox batch".*"sent":0,"failed":1/)
    const rows = await Promise.all([1, 2, 3].map((i) => status(`down:${i}`)))
    expect(rows.map((r) => r.attempts).sort()).toEqual([0, 0, 1])
    expect(rows.filter((r) => r.last_error !== null)).toHaveLength(1)

    clock.advance(30_000)
    expect(await worker().runOnce()).toBe(3)
    expect(inbox.messages).toHaveLength(3)
  })

  it('claims one message at a time: while one is being sent the others stay unclaimed', async () => {
    for (let i = 1; i <= 3; i++) await insertOutboxMessage(db.db, message(`one-by-one:${i}`))
    const seen: { key: string; claimedElsewhere: number; startedSet: boolean }[] = []
    const watching: Mailer = {
      kind: 'smtp',
      send: async (mail) => {
        const rows = await db.db
          .selectFrom('outbox_messages')
          .select(['id', 'message_key', 'locked_until', 'send_started_at'])
          .execute()
        const mine = rows.find((r) => r.id === mail.id)!
        seen.push({
          key: mine.message_key,
          claimedElsewhere: rows.filter((r) => r.id !== mail.id && r.locked_until).length,
          // the attempt is on record before the message leaves
          startedSet: mine.send_started_at !== null,
        })
        return mailer.send(mail)
      },
      close: async () => {},
    }
    const w = startOutboxWorker({ db: db.db, mailer: watching, clock, logger }, { poll: false })
    expect(await w.runOnce()).toBe(3)
    expect(seen.map((x) => [x.claimedElsewhere, x.startedSet])).toEqual([
      [0, true],
      [0, true],
      [0, true],
    ])
    const rows = await db.db.selectFrom('outbox_messages').select('send_started_at').execute()
    expect(rows.every((r) => r.send_started_at === null)).toBe(true)
  })

  it('logs that a message may already be out when its last send was interrupted', async () => {
    await insertOutboxMessage(db.db, message('interrupted:1'))
    // A worker claimed it (attempt recorded) and died before any outcome.
    await claimDueMessages(db.db, clock.now(), 1, 1_000)
    clock.advance(1_000)
    expect(await worker().runOnce()).toBe(1)
    expect(logs.join('')).toMatch(/"msg":"outbox message may already have been sent[^"]*"/)
    expect(await status('interrupted:1')).toMatchObject({ status: 'sent', attempts: 2 })
  })

  it('keeps polling, more slowly, while the database is unreachable, and stops cleanly', async () => {
    // Nothing listens on port 1: every query fails at once, as during a database outage.
    const broken = createDb({ databaseUrl: 'postgres://nobody@127.0.0.1:1/none', poolSize: 1 })
    const w = startOutboxWorker({ db: broken.db, mailer, clock, logger }, { pollIntervalMs: 5 })
    await new Promise((r) => setTimeout(r, 200))
    await w.stop()
    await broken.close()
    const failures = logs.filter((l) => l.includes('"msg":"outbox poll failed"'))
    expect(failures.length).toBeGreaterThanOrEqual(2)
    // 5, 10, 20, 40, 80 ms … apart: a handful of lines, not one every 5 ms.
    expect(failures.length).toBeLessThan(10)
  })

  it('retries after an SMTP error reply and records it without personal data', async () => {
    await insertOutboxMessage(db.db, message('reply-error:1'))
    inbox.failNext(2, 451)
    const w = worker()
    expect(await w.runOnce()).toBe(0)
    const once = await status('reply-error:1')
    expect(once.last_error).toMatch(/451/)
    expect(once.last_error).not.toContain('zhang.san')

    clock.advance(30_000)
    expect(await w.runOnce()).toBe(0)
    const twice = await status('reply-error:1')
    expect(twice.attempts).toBe(2)
    expect(twice.next_attempt_at.getTime() - clock.now().getTime()).toBe(60_000)

    clock.advance(60_000)
    expect(await w.runOnce()).toBe(1)
    expect(inbox.messages).toHaveLength(1)
    const text = logs.join('')
    expect(text).toContain('outbox send failed, will retry')
    expect(text).not.toContain('zhang.san')
    expect(text).not.toContain('ABCD-EFGH-JKMN')
  })

  it('gives up after the last attempt and keeps the row as failed', async () => {
    await insertOutboxMessage(db.db, message('give-up:1'))
    await db.db
      .updateTable('outbox_messages')
      .set({ attempts: 19 })
      .where('message_key', '=', 'give-up:1')
      .execute()
    inbox.failNext(1, 554)
    expect(await worker().runOnce()).toBe(0)
    expect(await status('give-up:1')).toMatchObject({ status: 'failed', attempts: 20 })
    expect((await status('give-up:1')).last_error).toMatch(/554/)
    clock.advance(24 * 3_600_000)
    expect(await worker().runOnce()).toBe(0)
    expect(inbox.messages).toHaveLength(0)
    expect(logs.join('')).toContain('"msg":"outbox message failed"')
  })

  it('sends each of 5 messages exactly once with two workers running side by side', async () => {
    for (let i = 1; i <= 5; i++) await insertOutboxMessage(db.db, message(`pair:${i}`))
    const drain = async (w: ReturnType<typeof worker>) => {
      let total = 0
      for (let sent = -1; sent !== 0; total += sent) sent = await w.runOnce()
      return total
    }
    const [a, b] = await Promise.all([
      drain(worker({ batchSize: 1 })),
      drain(worker({ batchSize: 1 })),
    ])
    expect(a + b).toBe(5)
    const messageIds = inbox.messages.map((m) => m.messageId)
    expect(messageIds).toHaveLength(5)
    expect(new Set(messageIds).size).toBe(5)
    const rows = await db.db.selectFrom('outbox_messages').select(['status', 'attempts']).execute()
    expect(rows).toEqual(Array.from({ length: 5 }, () => ({ status: 'sent', attempts: 1 })))
  })

  it('polls by itself and stop() waits for the batch in flight', async () => {
    let release!: () => void
    const gate = new Promise<void>((r) => (release = r))
    let entered!: () => void
    const sending = new Promise<void>((r) => (entered = r))
    const slowMailer: Mailer = {
      kind: 'smtp',
      send: async (mail) => {
        entered()
        await gate
        return mailer.send(mail)
      },
      close: async () => {},
    }
    await insertOutboxMessage(db.db, message('in-flight:1'))
    const w = startOutboxWorker(
      { db: db.db, mailer: slowMailer, clock, logger },
      { pollIntervalMs: 20 },
    )
    await sending
    let stopped = false
    const stopping = w.stop().then(() => (stopped = true))
    await new Promise((r) => setTimeout(r, 50))
    expect(stopped).toBe(false)
    release()
    await stopping
    expect(await status('in-flight:1')).toMatchObject({ status: 'sent' })
    expect(inbox.messages).toHaveLength(1)
  })
})
