import type { Db } from '../db/database.js'
import { changedSince, inOneSnapshot } from './stats-cache.repository.js'

/**
 * Computed statistics kept in memory with the database snapshot they were read in, and served again
 * until a write to a table the figures read has committed since (migration 202612051200, decision
 * 094). A year's figures over a million applications take seconds to count; checking for a change
 * takes one indexed query. Kept per database (tests run several apps in one process), at most
 * MAX_ENTRIES per database, the oldest dropped first.
 */
type Entry = { snapshot: string; value: unknown }

const MAX_ENTRIES = 64
const kept = new WeakMap<Db, Map<string, Entry>>()

export async function cachedRead<T>(
  db: Db,
  key: string,
  read: (trx: Db) => Promise<T>,
): Promise<T> {
  let entries = kept.get(db)
  if (!entries) kept.set(db, (entries = new Map()))
  const hit = entries.get(key)
  if (hit && !(await changedSince(db, hit.snapshot))) return hit.value as T
  const { snapshot, value } = await inOneSnapshot(db, read)
  entries.delete(key)
  entries.set(key, { snapshot, value })
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!)
  return value
}
