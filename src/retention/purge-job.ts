import type { Deps } from '../deps.js'
import { insertAuditEvent } from '../audit/audit.repository.js'
import { todayInChina } from '../kernel/china-time.js'
import { findRetentionMonths } from './retention.repository.js'
import { PURGE_TARGETS, type PurgeTarget } from './purge-targets.js'
import { deleteAccessLogs } from './purge-records.repository.js'
import {
  claimPurgeDay,
  findPendingFiles,
  finishPurgeDay,
  forgetPendingFile,
  pruneAuditEvents,
  queueFilesForDeletion,
  renewPurgeLease,
} from './purge-runs.repository.js'

type PurgeDeps = Pick<Deps, 'db' | 'fileStore' | 'clock' | 'logger'>

/** The hourly job purges on its first run from 02:00 Beijing time, before the work day. */
export const PURGE_FROM_HOUR = 2
const LEASE_MS = 30 * 60_000
const BATCH = 200

export type PurgeCounts = Record<string, number>

/**
 * The daily retention purge (PIPL 第四十七条第一款第（二）项: delete when the period has ended).
 * Once per China day across all processes (the day's lease in purge_runs). Each record is purged
 * in its own transaction with its audit row and the ids of its files; the files are deleted from the
 * store after that commit and struck from the queue one by one, so a crash at any point leaves
 * either an untouched record or a purged one whose files the next run deletes — never half a case.
 * The run ends with one audit row of counts (never data). Records under a legal hold are skipped.
 */
export async function runDailyPurge(
  deps: PurgeDeps,
  options: { force?: boolean } = {},
): Promise<{ ran: boolean; counts: PurgeCounts }> {
  const now = deps.clock.now()
  const hour = (now.getUTCHours() + 8) % 24 // China keeps UTC+8 all year
  if (!options.force && hour < PURGE_FROM_HOUR) return { ran: false, counts: {} }
  const day = todayInChina(now)
  if (!(await claimPurgeDay(deps.db, day, now, LEASE_MS))) return { ran: false, counts: {} }
  const tally = { files: await deletePendingFiles(deps) }
  const counts: PurgeCounts = {}
  const months = await findRetentionMonths(deps.db)
  for (const target of PURGE_TARGETS) {
    counts[target.kind] = await purgeTarget(deps, target, months[target.kind], now, tally)
    if (
      !(await renewPurgeLease(deps.db, day, now, new Date(deps.clock.now().getTime() + LEASE_MS)))
    ) {
      deps.logger.warn('retention purge: lease lost, another process goes on', { day })
      return { ran: true, counts }
    }
  }
  counts.files = tally.files + (await deletePendingFiles(deps))
  counts.access_logs = await deleteAccessLogs(deps.db, monthsBefore(now, months.access_logs))
  counts.audit_log = await pruneAuditEvents(deps.db, monthsBefore(now, months.audit_log))
  await deps.db.transaction().execute(async (trx) => {
    await insertAuditEvent(trx, {
      actor: { type: 'system' },
      action: 'retention.purge',
      object: { type: 'retention', id: day },
      result: 'success',
      details: { counts },
      at: now,
    })
    await finishPurgeDay(trx, day, now, counts)
  })
  deps.logger.info('retention purge', { day, ...counts })
  return { ran: true, counts }
}

/** Every due record of one target, in batches; how many were purged. */
async function purgeTarget(
  deps: PurgeDeps,
  target: PurgeTarget,
  months: number,
  now: Date,
  tally: { files: number },
): Promise<number> {
  let purged = 0
  for (;;) {
    const due = await target.findDue(deps.db, months, now, { includeHeld: false, limit: BATCH })
    let done = 0
    for (const record of due) {
      const files = await purgeRecord(deps, target, record.id, now)
      if (files === undefined) continue
      done++
      tally.files += files
    }
    purged += done
    if (due.length < BATCH || done === 0) return purged
  }
}

/**
 * One record, its audit row and its file queue in one transaction; then its files. Undefined when
 * it was not purged (no longer due), else how many files were deleted.
 */
async function purgeRecord(
  deps: PurgeDeps,
  target: PurgeTarget,
  id: string,
  now: Date,
): Promise<number | undefined> {
  const result = await deps.db.transaction().execute(async (trx) => {
    const out = await target.purgeOne(trx, id, now)
    if (!out.purged) return out
    await queueFilesForDeletion(trx, out.files, now)
    await insertAuditEvent(trx, {
      actor: { type: 'system' },
      action: target.objectType === 'application' ? 'application.purge' : 'retention.purge',
      object: { type: target.objectType, id },
      result: 'success',
      details: { kind: target.kind, files: out.files.length },
      at: now,
    })
    return out
  })
  if (!result.purged) return undefined
  return deletePendingFiles(deps, result.files)
}

/** Deletes queued files through the store (local or S3) and strikes each once it is gone. */
async function deletePendingFiles(deps: PurgeDeps, only?: string[]): Promise<number> {
  let removed = 0
  for (;;) {
    const ids = only ?? (await findPendingFiles(deps.db, BATCH))
    for (const id of ids) {
      await deps.fileStore.remove(id)
      await forgetPendingFile(deps.db, id)
      removed++
    }
    if (only || ids.length < BATCH) return removed
  }
}

function monthsBefore(now: Date, months: number): Date {
  const d = new Date(now)
  d.setUTCMonth(d.getUTCMonth() - months)
  return d
}
