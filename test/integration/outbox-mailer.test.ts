import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import { simpleParser } from 'mailparser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixedClock } from '../../src/clock.js'
import type { Config } from '../../src/config.js'
import { bootDeps } from '../../src/boot.js'
import { createLogger } from '../../src/logging/logger.js'
import { createMailer } from '../../src/notifications/mailer.js'
import {
  findOutboxMessageByKey,
  insertOutboxMessage,
} from '../../src/notifications/outbox.repository.js'
import { startOutboxWorker } from '../../src/notifications/outbox-worker.js'
import { testConfig } from '../helpers/test-app.js'
import { createTestDb, type TestDb } from '../helpers/test-db.js'

let db: TestDb
let config: Config
beforeAll(async () => {
  db = await createTestDb()
  config = await testConfig()
})
afterAll(async () => {
  await db.close()
  await fs.rm(config.dataDir, { recursive: true, force: true })
})

describe('without SMTP_URL', () => {
  it('writes each message as a readable .eml file under DATA_DIR/mail, one file per message', async () => {
    const { deps } = await bootDeps(config, { dbHandle: db, logger: createLogger('silent') })
    expect(config.smtpUrl).toBeUndefined()
    expect(deps.mailer.kind).toBe('file')
    const clock = fixedClock(new Date())
    const receipt = crypto.randomBytes(4096)
    const id = await insertOutboxMessage(db.db, {
      message_key: 'eml:1',
      kind: 'application_submitted',
      recipient: 'li.si@example.com',
      subject: '申请已提交：查询码 ABCD-EFGH-JKMN',
      text_body: '您的查询码是 ABCD-EFGH-JKMN。',
      html_body: '<p>您的查询码是 <strong>ABCD-EFGH-JKMN</strong>。</p>',
      next_attempt_at: clock.now(),
      attachments: [
        { filename: '收件回执.pdf', content_type: 'application/pdf', content: receipt },
      ],
    })
    const worker = startOutboxWorker({ ...deps, clock }, { poll: false })
    expect(await worker.runOnce()).toBe(1)

    const file = path.join(config.dataDir, 'mail', `${id}.eml`)
    const raw = await fs.readFile(file)
    expect(raw.toString('latin1')).toMatch(/^Subject: =\?UTF-8\?/m)
    const mail = await simpleParser(raw)
    expect(mail.subject).toBe('申请已提交：查询码 ABCD-EFGH-JKMN')
    expect(mail.text).toContain('您的查询码是 ABCD-EFGH-JKMN。')
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : '').toBe('li.si@example.com')
    expect(mail.from?.value[0]).toMatchObject({ name: '执监通', address: 'no-reply@localhost' })
    // localhost is no domain of ours: a neutral one keeps the Message-ID valid and stable.
    expect(mail.messageId).toBe(`<${id}@zhijian.local>`)
    expect(mail.attachments[0]!.content.equals(receipt)).toBe(true)
    expect((await findOutboxMessageByKey(db.db, 'eml:1'))?.status).toBe('sent')

    // A retried send of the same row replaces the file instead of adding a second one.
    await deps.mailer.send({ id, to: 'li.si@example.com', subject: '重发', text: '重发' })
    expect(await fs.readdir(path.join(config.dataDir, 'mail'))).toEqual([`${id}.eml`])
  })

  it('derives the Message-ID domain from PUBLIC_BASE_URL when it names a real host', async () => {
    const mailer = createMailer({
      ...config,
      publicBaseUrl: 'https://zhijian.example.gov.cn:8443',
    })
    const { messageId } = await mailer.send({
      id: '6f1c1d0e-5f7a-4d5e-9a51-1f0a3c3c9b11',
      to: 'wang.wu@example.com',
      subject: '测试',
      text: '测试',
    })
    expect(messageId).toBe('<6f1c1d0e-5f7a-4d5e-9a51-1f0a3c3c9b11@zhijian.example.gov.cn>')
    await mailer.close()
  })
})
