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
  releaseClaims,
  type ClaimedOutboxMessage,
} from './outbox.repository.js'

export type OutboxWorkerDeps = { db: Db; mailer: Mailer; clock: Clock; logger: Logger }

export type OutboxWorkerOptions = {
  /** pause between polls when there was nothing (or not a full batch) to send; default 2 s */
  pollIntervalMs?: number
  /** false: no timer, the caller drives it with runOnce() (tests) */
  poll?: boolean
  batchSize?: number
  /**
   * How long a claimed row is reserved for this worker. Must exceed the mailer's worst case (about
   * 90 s with its timeouts): a row whose lease ran out can be claimed, and sent, by another worker.
   */
  leaseMs?: number
  /**
   * Lease time a send may need at most (the mailer's timeouts: about 90 s). A claimed row with less
   * lease left is handed back untried, so a slow batch never outlives its lease.
   */
  sendBudgetMs?: number
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

export function startOutboxWorker(
  deps: OutboxWorkerDeps,
  options: OutboxWorkerOptions = {},
): OutboxWorker {
  const settings = {
    pollIntervalMs: options.pollIntervalMs ?? 2_000,
    batchSize: options.batchSize ?? 10,
    leaseMs: options.leaseMs ?? 5 * 60_000,
    sendBudgetMs: options.sendBudgetMs ?? 2 * 60_000,
    maxAttempts: options.maxAttempts ?? MAX_SEND_ATTEMPTS,
    random: options.random ?? Math.random,
  }
  if (settings.sendBudgetMs >= settings.leaseMs) {
    throw new Error('outbox worker: leaseMs must be longer than sendBudgetMs')
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

async function runBatch(deps: OutboxWorkerDeps, logger: Logger, s: Settings): Promise<number> {
  const claimed = await claimDueMessages(deps.db, deps.clock.now(), s.batchSize, s.leaseMs)
  if (claimed.length === 0) return 0
  let sent = 0
  let failed = 0
  let released = 0
  for (const [index, message] of claimed.entries()) {
    // A row whose lease could run out during the send would be claimable, and sendable, by another
    // worker: hand it back untried instead.
    const leaseLeft = message.locked_until!.getTime() - deps.clock.now().getTime()
    if (leaseLeft < s.sendBudgetMs) {
      released = await release(deps, claimed.slice(index))
      break
    }
    const outcome = await deliver(deps, logger, s, message)
    if (outcome === 'sent') sent++
    else failed++
    // The server is down or refuses us: the rest would fail the same way and use up attempts.
    if (outcome === 'server-unavailable') {
      released = await release(deps, claimed.slice(index + 1))
      break
    }
  }
  logger.info('outbox batch', { claimed: claimed.length, sent, failed, released })
  return sent
}

function release(deps: OutboxWorkerDeps, rest: ClaimedOutboxMessage[]): Promise<number> {
  if (rest.length === 0) return Promise.resolve(0)
  return releaseClaims(
    deps.db,
    rest.map((m) => m.id),
    rest[0]!.locked_until!,
  )
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
  // If this write is lost the row is sent again after its lease; the stable Message-ID lets the
  // recipient's mail system (and a person) recognise the duplicate.
  await markSent(deps.db, id, deps.clock.now())
  logger.debug('outbox message sent', { id, kind, attempts })
  return 'sent'
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
