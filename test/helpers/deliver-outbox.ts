import { createMailer } from '../../src/notifications/mailer.js'
import { startOutboxWorker } from '../../src/notifications/outbox-worker.js'
import { recordEmailDelivery } from '../../src/service-of-documents/electronic-service.js'
import type { SmtpInbox } from './smtp-inbox.js'
import type { TestApp } from './test-app.js'

/**
 * Sends what the outbox holds to the test SMTP inbox with the real worker and mailer, as the
 * worker process would: one batch, or with `untilEmpty` batches until one sends nothing. Returns
 * how many messages were sent.
 */
export async function deliverOutbox(
  t: TestApp,
  inbox: SmtpInbox,
  options: { untilEmpty?: boolean } = {},
): Promise<number> {
  const mailer = createMailer({ ...t.config, smtpUrl: inbox.url })
  const worker = startOutboxWorker(
    {
      db: t.db.db,
      mailer,
      clock: t.clock,
      logger: t.deps.logger,
      onSent: (trx, id, sentAt) => recordEmailDelivery(trx, t.deps, id, sentAt),
    },
    { poll: false },
  )
  let sent = 0
  try {
    for (let batch = await worker.runOnce(); batch > 0; batch = await worker.runOnce()) {
      sent += batch
      if (!options.untilEmpty) break
    }
  } finally {
    await worker.stop()
    await mailer.close()
  }
  return sent
}
