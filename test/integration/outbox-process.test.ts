import { spawnSync } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDb, openPGlite, type DbHandle } from '../../src/db/database.js'
import { createLogger } from '../../src/logging/logger.js'
import {
  findOutboxMessageByKey,
  insertOutboxMessage,
  type NewOutboxMessage,
} from '../../src/notifications/outbox.repository.js'
import { startServer } from '../../src/server.js'
import { runEntry } from '../helpers/child-process.js'
import { startSmtpInbox, type SmtpInbox } from '../helpers/smtp-inbox.js'
import { testConfig } from '../helpers/test-app.js'
import { createTestDb, pgliteTemplate } from '../helpers/test-db.js'

let inbox: SmtpInbox
let dataDir: string
beforeAll(async () => {
  inbox = await startSmtpInbox()
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'zhijian-worker-'))
})
afterAll(async () => {
  await inbox.stop()
  await fs.rm(dataDir, { recursive: true, force: true })
})

// No next_attempt_at: the database's now(), as the real processes use the system clock.
const message = (key: string, subject: string): NewOutboxMessage => ({
  message_key: key,
  kind: 'application_submitted',
  recipient: 'zhao.liu@example.com',
  subject,
  text_body: '您的申请已提交。',
  html_body: null,
})

/**
 * The database the child process will open: on PostgreSQL a fresh one on the suite's server; on
 * PGlite the DATA_DIR/pgdata directory, unpacked here from the run's migrated template and closed
 * before the child opens it (one process at a time).
 */
async function prepareDatabase(
  seed: (db: DbHandle['db']) => Promise<unknown>,
  dir = dataDir,
): Promise<{ env: Record<string, string>; reopen(): Promise<DbHandle>; cleanup(): Promise<void> }> {
  if (process.env.DATABASE_URL) {
    const db = await createTestDb()
    await seed(db.db)
    return { env: { DATABASE_URL: db.url! }, reopen: async () => db, cleanup: () => db.close() }
  }
  const pgdata = path.join(dir, 'pgdata')
  const open = () => createDb({ pgliteDataDir: pgdata })
  const db = createDb({ pglite: openPGlite(pgdata, await pgliteTemplate()) })
  await seed(db.db)
  await db.close()
  return { env: {}, reopen: async () => open(), cleanup: async () => {} }
}

describe('npm run worker', () => {
  it('sends due messages on its own, logs no address, and stops cleanly on SIGTERM', async () => {
    const subject = '独立发信进程：查询码 WXYZ-2345-6789'
    const database = await prepareDatabase((db) =>
      insertOutboxMessage(db, message('process:1', subject)),
    )
    try {
      const proc = runEntry('src/worker-main.ts', {
        DATA_DIR: dataDir,
        SMTP_URL: inbox.url,
        LOG_LEVEL: 'info',
        ...database.env,
      })
      await proc.waitFor(/"msg":"outbox worker started"/, 60_000)
      const mail = await inbox.waitFor((m) => m.subject === subject, 30_000)
      expect(mail.text).toContain('您的申请已提交。')
      await proc.waitFor(/"msg":"outbox batch"[^\n]*"sent":1/)
      proc.child.kill('SIGTERM')
      expect(await proc.exited).toBe(0)
      expect(proc.stdout()).toContain('"msg":"stopped","reason":"SIGTERM"')
      expect(proc.stdout()).not.toContain('zhao.liu')
      expect(proc.stderr()).toBe('')

      const db = await database.reopen()
      expect((await findOutboxMessageByKey(db.db, 'process:1'))?.status).toBe('sent')
      if (!process.env.DATABASE_URL) await db.close()
    } finally {
      await database.cleanup()
    }
  }, 120_000)
})

describe('the server', () => {
  it('runs the outbox worker after listen and stops it on shutdown', async () => {
    const db = await createTestDb()
    const config = await testConfig({ PORT: '0', SMTP_URL: inbox.url })
    const server = await startServer(config, {
      dbHandle: db,
      logger: createLogger('silent'),
      outbox: { pollIntervalMs: 50 },
    })
    try {
      const subject = '服务器内的发信：查询码 WXYZ-2345-6789'
      await server.deps.db
        .transaction()
        .execute((trx) => insertOutboxMessage(trx, message('server:1', subject)))
      await inbox.waitFor((m) => m.subject === subject, 10_000)
    } finally {
      await server.shutdown('test')
      await fs.rm(config.dataDir, { recursive: true, force: true })
    }
    if (db.kind === 'postgres') await db.close().catch(() => {})
  })
})

/** kill -9 of the worker itself: tsx runs it as a child process, which a SIGKILL to tsx would miss. */
function killHard(pid: number): void {
  const children = spawnSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' }).stdout
  for (const child of children.split('\n').filter(Boolean)) process.kill(Number(child), 'SIGKILL')
  process.kill(pid, 'SIGKILL')
}

/**
 * Reliability review §2b, measured: the worker is killed after the SMTP server has the whole
 * message but before it replies (the worst moment). One message at a time with its attempt on
 * record means: that one message is sent once more (same Message-ID), after its lease; none of
 * the others is held back or duplicated.
 */
describe('a worker killed while sending', () => {
  it('duplicates at most the one message in flight, and sends the rest at once', async () => {
    const subjectOf = (i: number) => `中断测试 ${i}：查询码 WXYZ-2345-6789`
    const isCrash = (m: { subject?: string }) => m.subject?.startsWith('中断测试') ?? false
    const crashDir = await fs.mkdtemp(path.join(os.tmpdir(), 'zhijian-worker-crash-'))
    const database = await prepareDatabase(async (db) => {
      for (let i = 1; i <= 5; i++)
        await insertOutboxMessage(db, message(`crash:${i}`, subjectOf(i)))
    }, crashDir)
    const env = {
      DATA_DIR: crashDir,
      SMTP_URL: inbox.url,
      LOG_LEVEL: 'info',
      OUTBOX_LEASE_MS: '3000',
      ...database.env,
    }
    try {
      inbox.holdNext(1)
      const first = runEntry('src/worker-main.ts', env)
      const inFlight = await inbox.waitFor(isCrash, 60_000)
      killHard(first.child.pid!)
      await first.exited
      inbox.releaseHeld()

      const afterCrash = await database.reopen()
      const rows = await afterCrash.db
        .selectFrom('outbox_messages')
        .select(['subject', 'status', 'attempts', 'locked_until', 'send_started_at'])
        .where('message_key', 'like', 'crash:%')
        .execute()
      if (!process.env.DATABASE_URL) await afterCrash.close()
      const flying = rows.filter((r) => r.subject === inFlight.subject)
      expect(flying).toMatchObject([{ status: 'pending', attempts: 1 }])
      expect(flying[0]!.send_started_at).not.toBeNull()
      // The others were never claimed: nothing waits for a lease.
      const rest = rows.filter((r) => r.subject !== inFlight.subject)
      expect(rest.map((r) => [r.status, r.attempts, r.locked_until])).toEqual(
        Array.from({ length: 4 }, () => ['pending', 0, null]),
      )

      const second = runEntry('src/worker-main.ts', env)
      await inbox.waitFor(() => inbox.messages.filter(isCrash).length >= 6, 60_000)
      await second.waitFor(/"msg":"outbox message may already have been sent; sending again"/)
      second.child.kill('SIGTERM')
      expect(await second.exited).toBe(0)

      const received = inbox.messages.filter(isCrash)
      expect(received).toHaveLength(6)
      const copies = received.filter((m) => m.subject === inFlight.subject)
      expect(copies).toHaveLength(2)
      expect(copies[1]!.messageId).toBe(inFlight.messageId)
      expect(new Set(received.map((m) => m.subject)).size).toBe(5)
      expect(second.stdout()).not.toContain('zhao.liu')
    } finally {
      await database.cleanup()
      await fs.rm(crashDir, { recursive: true, force: true })
    }
  }, 180_000)
})
