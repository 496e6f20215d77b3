import type { Clock } from '../clock.js'
import type { Db } from '../db/database.js'
import type { Logger } from '../logging/logger.js'
import type { FileStore } from '../uploads/file-store.js'
import { ORPHAN_AGE_MS, sweepOrphans } from '../uploads/orphan-sweep.js'
import {
  claimMaintenanceHour,
  deleteExpiredDrafts,
  finishMaintenanceHour,
  isFileReferenced,
} from './maintenance.repository.js'
import { deleteStaleBudgets } from '../abuse/rate-limit.repository.js'

export type MaintenanceDeps = { db: Db; fileStore: FileStore; clock: Clock; logger: Logger }

/** Runs before the file sweep; given the full deps by the server (deemed withdrawals send email). */
export type DeadlineJob = () => Promise<number>

/**
 * Housekeeping (docs/product.md §4, §6): expired drafts are deleted, then stored files no draft or application
 * references and older than a day are removed (files of failed submissions, of deleted drafts, of
 * uploads cut off half-way). Safe to run in several processes at once: every step is idempotent.
 */
export async function runMaintenance(
  deps: MaintenanceDeps,
  deadlines?: DeadlineJob,
): Promise<{ drafts: number; files: number; deemedWithdrawn: number }> {
  const deemedWithdrawn = await runDeadlines(deps, deadlines)
  const now = deps.clock.now()
  const drafts = await deleteExpiredDrafts(deps.db, now)
  // the longest budget window is a day: older windows count for nothing (issue 12 F11, F12)
  await deleteStaleBudgets(deps.db, new Date(now.getTime() - 24 * 3_600_000))
  const swept = await sweepOrphans(
    deps.fileStore,
    (id) => isFileReferenced(deps.db, id),
    new Date(now.getTime() - ORPHAN_AGE_MS),
  )
  await deps.fileStore.purgeIncomplete?.(new Date(now.getTime() - ORPHAN_AGE_MS))
  deps.logger.info('maintenance', {
    expiredDrafts: drafts,
    removedFiles: swept.removed,
    deemedWithdrawn,
  })
  return { drafts, files: swept.removed, deemedWithdrawn }
}

/**
 * A failing deadline job (database trouble, a bug) is logged and retried next hour; it must not
 * keep expired drafts and orphaned files, which hold personal data, past their time.
 */
async function runDeadlines(deps: MaintenanceDeps, deadlines?: DeadlineJob): Promise<number> {
  if (!deadlines) return 0
  try {
    return await deadlines()
  } catch (err) {
    deps.logger.warn('deadline jobs failed', { err })
    return 0
  }
}

export type MaintenanceTimer = {
  /** the first run, this long after start (HOURLY_JOB_FIRST_RUN_MS) */
  firstRunMs?: number
  everyMs?: number
}

/**
 * Runs the housekeeping every hour (first run a minute after start), until stopped. Each tick first
 * claims its clock hour in the database, so with several servers and workers on one database the
 * job runs once an hour, in whichever process ticks first (docs/decisions/093-several-processes.md).
 */
export function startMaintenance(
  deps: MaintenanceDeps,
  deadlines?: DeadlineJob,
  { firstRunMs = 60_000, everyMs = 3_600_000 }: MaintenanceTimer = {},
): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve()
  const tick = () => {
    running = runClaimedHour(deps, deadlines).catch((err: unknown) =>
      deps.logger.warn('maintenance failed', { err }),
    )
  }
  const first = setTimeout(tick, firstRunMs)
  const timer = setInterval(tick, everyMs)
  first.unref()
  timer.unref()
  return {
    async stop() {
      clearTimeout(first)
      clearInterval(timer)
      await running
    },
  }
}

async function runClaimedHour(deps: MaintenanceDeps, deadlines?: DeadlineJob): Promise<void> {
  const hour = await claimMaintenanceHour(deps.db, deps.clock.now())
  if (!hour) {
    deps.logger.debug('maintenance already run this hour')
    return
  }
  await runMaintenance(deps, deadlines)
  await finishMaintenanceHour(deps.db, hour, deps.clock.now())
}
