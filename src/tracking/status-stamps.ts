import type { Db } from '../db/database.js'
import { findStatusStamps, type StampLookup, type StatusStamp } from './status.repository.js'

/** More than this many views waiting at once go to the database in several queries. */
export const STAMP_BATCH_MAX = 100

type Waiting = StampLookup & {
  resolve: (stamp: StatusStamp | undefined) => void
  reject: (error: unknown) => void
}

export type StampLoader = (lookup: StampLookup) => Promise<StatusStamp | undefined>

/**
 * The status page's session check, for the views that arrive together: every lookup made in one
 * turn of the event loop is answered by one query, sent when the turn's I/O has been handled
 * (setImmediate). Under load that is many views per round trip — the round trip, not the lookup, is
 * most of what a view costs the app and PostgreSQL on a small machine (docs/product.md §14) — and a lone view
 * waits for nothing but the rest of the current turn. A failed query fails every view it answered;
 * none is retried.
 */
export function createStampLoader(db: Db, maxBatch = STAMP_BATCH_MAX): StampLoader {
  if (!Number.isInteger(maxBatch) || maxBatch < 1) throw new RangeError('maxBatch must be ≥ 1')
  let waiting: Waiting[] = []

  function flush() {
    const all = waiting
    waiting = []
    for (let i = 0; i < all.length; i += maxBatch) void answer(all.slice(i, i + maxBatch))
  }

  async function answer(batch: Waiting[]) {
    try {
      const found = await findStatusStamps(db, batch)
      const stamps: (StatusStamp | undefined)[] = new Array(batch.length)
      for (const { lookup, ...stamp } of found) stamps[lookup] = stamp
      batch.forEach((w, i) => w.resolve(stamps[i]))
    } catch (error) {
      for (const w of batch) w.reject(error)
    }
  }

  return ({ tokenHash, idleSince }) =>
    new Promise((resolve, reject) => {
      if (waiting.length === 0) setImmediate(flush)
      waiting.push({ tokenHash, idleSince, resolve, reject })
    })
}
