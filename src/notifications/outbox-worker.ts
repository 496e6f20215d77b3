import type { Clock } from '../clock.js'
import type { Db } from '../db/database.js'
import type { Logger } from '../logging/logger.js'
import { MAX_SEND_ATTEMPTS, retryDelayMs } from './outbox-backoff.js'
import type { Mailer } from './mailer.js'
import { describeSendError, isServerUnavailable } from './send-error.js'
import {
  claimDueMessages,
  findAttachments,
  markFailed,
  markFailedAttempt,
  markSent,
  type ClaimedOutboxMessage,
} from './outbox.repository.js'

export type OutboxWorkerDeps = {
  db: Db
  mailer: Mailer
  clock: Clock
  logger: Logger
  /**
   * Runs in the transaction that marks a message sent, e.g. to record the electronic service of the
   * notice it carries (src/service-of-documents/electronic-service.ts).
   */
  onSent?: (trx: Db, messageId: string, sentAt: Date) => Promise<unknown>
}

export type OutboxWorkerOptions = {
  /** pause between polls when there was nothing (or not a full batch) to send; default 2 s */
  pollIntervalMs?: number
  /** false: no timer, the caller drives it with runOnce() (tests) */
  poll?: boolean
  /** messages one run sends at most, each claimed on its own just before it is sent */
  batchSize?: number
  /**
   * How long a claimed row is reserved for this worker. Must exceed the mailer's worst case (about
   * 90 s with its timeouts): a row whose lease ran out can be claimed, and sent, by another worker.
   * It is also how long a message whose worker died mid-send waits before it is tried again.
   */
  leaseMs?: number
  maxAttempts?: number
  /** for the backoff jitter; tests make it deterministic */
  random?: () => number
}

export type OutboxWorker = {
  /** one batch: claim due rows, send them, record the outcome; resolves to the number sent */
  runOnce(): Promise<number>
  /** stops polling and waits for the batch in flight */
  stop(): Promise<void>
}

/** Two minutes: above the mailer's worst case (about 90 s), well below the old 5 minutes. */
export const DEFAULT_LEASE_MS = 2 * 60_000

export function startOutboxWorker(
  deps: OutboxWorkerDeps,
  options: OutboxWorkerOptions = {},
): OutboxWorker {
  const settings = {
    pollIntervalMs: options.pollIntervalMs ?? 2_000,
    batchSize: options.batchSize ?? 10,
    leaseMs: options.leaseMs ?? DEFAULT_LEASE_MS,
    maxAttempts: options.maxAttempts ?? MAX_SEND_ATTEMPTS,
    random: options.random ?? Math.random,
  }
  const logger = deps.logger.child({ component: 'outbox' })
  let current: Promise<number> = Promise.resolve(0)
  let timer: NodeJS.Timeout | undefined
  let stopped = false
  let pollFailures = 0

  // Batches of one worker never overlap: a runOnce() during a poll waits for it, then runs.
  const runOnce = (): Promise<number> => {
    const next = current.catch(() => 0).then(() => runBatch(deps, logger, settings))
    current = next
    return next
  }

  const schedule = (delayMs: number) => {
    if (stopped) return
    timer = setTimeout(() => {
      timer = undefined
      runOnce().then(
        (sent) => {
          pollFailures = 0
          schedule(sent >= settings.batchSize ? 0 : settings.pollIntervalMs)
        },
        (err: unknown) => {
          // Typically the database is unreachable; the rows wait, nothing is lost. Polls slow down
          // (up to a minute apart) so an outage does not flood the log.
          pollFailures++
          const delayMs = Math.min(settings.pollIntervalMs * 2 ** pollFailures, 60_000)
          logger.warn('outbox poll failed', { err: describeError(err), retryInMs: delayMs })
          schedule(delayMs)
        },
      )
    }, delayMs)
  }
  if (options.poll !== false) schedule(0)

  return {
    runOnce,
    async stop() {
      stopped = true
      if (timer) clearTimeout(timer)
      timer = undefined
      await current.catch(() => 0)
    },
  }
}

type Settings = Required<Omit<OutboxWorkerOptions, 'poll'>>

/**
 * One message is claimed at a time, just before it is sent (reliability review §2b): a worker
 * killed mid-send holds only that message for the lease, never the rest of a batch, and a message
 * is marked sent as soon as the SMTP server has accepted it, before the next one is claimed.
 */
async function runBatch(deps: OutboxWorkerDeps, logger: Logger, s: Settings): Promise<number> {
  let sent = 0
  let failed = 0
  while (sent + failed < s.batchSize) {
    const [message] = await claimDueMessages(deps.db, deps.clock.now(), 1, s.leaseMs)
    if (!message) break
    const outcome = await deliver(deps, logger, s, message)
    if (outcome === 'sent') sent++
    else failed++
    // The server is down or refuses us: the rest would fail the same way and use up attempts.
    if (outcome === 'server-unavailable') break
  }
  if (sent + failed > 0) logger.info('outbox batch', { sent, failed })
  return sent
}

type Outcome = 'sent' | 'failed' | 'server-unavailable'

async function deliver(
  deps: OutboxWorkerDeps,
  logger: Logger,
  s: Settings,
  message: ClaimedOutboxMessage,
): Promise<Outcome> {
  const { id, kind, attempts } = message
  if (attempts > s.maxAttempts) {
    // Only reachable when workers died mid-send again and again: stop trying this one.
    await markFailed(deps.db, id, 'gave up: attempts exhausted by interrupted sends')
    logger.error('outbox message failed', { id, kind, attempts })
    return 'failed'
  }
  if (message.interrupted) {
    // The last worker to claim it died between claim and outcome: the recipient may already have
    // it. Sent again under the same Message-ID, so at most one duplicate per crash, recognisable.
    logger.warn('outbox message may already have been sent; sending again', { id, kind, attempts })
  }
  try {
    const attachments = await findAttachments(deps.db, id)
    await deps.mailer.send({
      id,
      to: message.recipient,
      subject: message.subject,
      text: message.text_body,
      html: message.html_body,
      attachments: attachments.map((a) => ({
        filename: a.filename,
        contentType: a.content_type,
        content: a.content,
      })),
    })
  } catch (err) {
    await recordFailure(deps, logger, s, message, err)
    return isServerUnavailable(err) ? 'server-unavailable' : 'failed'
  }
  // Marked the moment the server accepted it. If this write is lost (a crash in these few ms) the
  // row is sent again after its lease; the stable Message-ID lets the recipient's mail system (and
  // a person) recognise the duplicate.
  await markDelivered(deps, id, deps.clock.now())
  logger.debug('outbox message sent', { id, kind, attempts })
  return 'sent'
}

async function markDelivered(deps: OutboxWorkerDeps, id: string, sentAt: Date): Promise<void> {
  const onSent = deps.onSent
  if (!onSent) {
    await markSent(deps.db, id, sentAt)
    return
  }
  await deps.db.transaction().execute(async (trx) => {
    if (await markSent(trx, id, sentAt)) await onSent(trx, id, sentAt)
  })
}

async function recordFailure(
  deps: OutboxWorkerDeps,
  logger: Logger,
  s: Settings,
  message: ClaimedOutboxMessage,
  err: unknown,
): Promise<void> {
  const { id, kind, attempts } = message
  const error = describeSendError(err)
  if (attempts >= s.maxAttempts) {
    await markFailed(deps.db, id, error)
    logger.error('outbox message failed', { id, kind, attempts, error })
    return
  }
  const nextAttemptAt = new Date(deps.clock.now().getTime() + retryDelayMs(attempts, s.random))
  await markFailedAttempt(deps.db, id, error, nextAttemptAt)
  logger.warn('outbox send failed, will retry', { id, kind, attempts, nextAttemptAt, error })
}

function describeError(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { message: String(err) }
  return { name: err.name, code: (err as { code?: unknown }).code, message: err.message }
}
