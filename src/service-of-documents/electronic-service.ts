import { lockApplicationRow } from '../applications/application.repository.js'
import type { Db } from '../db/database.js'
import type { Deps } from '../deps.js'
import { todayInChina } from '../kernel/china-time.js'
import { startSupplementPeriodOnService } from '../supplements/supplement-period.js'
import {
  findServedByEmail,
  findUnrecordedDeliveries,
  insertService,
  insertServiceEmail,
} from './service.repository.js'

export type ServiceDeps = Pick<Deps, 'calendar' | 'clock'>

/**
 * Called with the email that carries a newly issued notice, in the notice's transaction. Only an
 * applicant who consented to electronic service (民诉法 第九十条第一款, applied by 规则 第一百二十八条)
 * is served by that email; everyone else still receives it as information, and the notice waits for
 * postal or direct service (docs/decisions/042-service-of-notices.md).
 */
export async function openElectronicService(
  trx: Db,
  input: { applicationId: string; documentId: string; messageId: string },
): Promise<boolean> {
  const app = await trx
    .selectFrom('applications')
    .select(['email', 'electronic_service_consent'])
    .where('id', '=', input.applicationId)
    .executeTakeFirst()
  if (!app?.email || app.electronic_service_consent !== true) return false
  await insertServiceEmail(trx, input.documentId, input.messageId)
  return true
}

/**
 * The SMTP server accepted `messageId` at `sentAt`: each notice it serves gets an electronic 送达
 * record dated that day (民诉法 第九十条第二款: the day it reaches the recipient's system; the
 * acceptance by the sending server is the last moment this service can observe), and a 补正 period
 * starts. Runs inside the transaction that marks the message sent. Idempotent.
 */
export async function recordEmailDelivery(
  trx: Db,
  deps: ServiceDeps,
  messageId: string,
  sentAt: Date,
): Promise<number> {
  const served = await findServedByEmail(trx, messageId)
  let recorded = 0
  for (const doc of served) {
    await lockApplicationRow(trx, doc.applicationId)
    const id = await insertService(trx, {
      documentId: doc.documentId,
      applicationId: doc.applicationId,
      method: 'electronic',
      servedOn: todayInChina(sentAt),
      servedAt: sentAt,
      outboxMessageId: messageId,
      recordedBy: null,
      at: deps.clock.now(),
    })
    if (!id) continue
    recorded++
    await startSupplementPeriodOnService(trx, deps, doc.documentId)
  }
  return recorded
}

/**
 * The hourly job's catch-up: an email marked sent by a worker that stopped before recording the
 * service (or a worker built without the hook) is recorded here, with the time it was sent.
 */
export async function recordMissedEmailDeliveries(
  deps: Pick<Deps, 'db' | 'calendar' | 'clock'>,
): Promise<number> {
  const missed = await findUnrecordedDeliveries(deps.db, 100)
  let recorded = 0
  for (const m of missed) {
    if (!m.sent_at) continue
    const sentAt = m.sent_at
    recorded += await deps.db
      .transaction()
      .execute((trx) => recordEmailDelivery(trx, deps, m.id, sentAt))
  }
  return recorded
}
