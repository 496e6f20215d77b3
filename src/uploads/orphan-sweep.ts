import type { FileStore } from './file-store.js'

export type SweepResult = {
  /** stored files looked at */
  checked: number
  /** unreferenced files older than the cutoff, now removed */
  removed: number
  /** referenced, or too young to judge */
  kept: number
  /** partial writes of crashed uploads, removed */
  incomplete: number
}

/** Production cutoff: an upload whose submission has not committed within a day never will. */
export const ORPHAN_AGE_MS = 24 * 60 * 60 * 1000

/**
 * Removes stored files that no row references (docs/product.md §6: files written before a failed transaction,
 * or by a process that died between storing and committing). Only files older than `olderThan` are
 * candidates: a younger one may belong to a submission still in flight, whose row is not yet
 * visible. `isReferenced` is asked per candidate, after the age check, so young files cost nothing.
 */
export async function sweepOrphans(
  fileStore: FileStore,
  isReferenced: (id: string) => Promise<boolean>,
  olderThan: Date,
): Promise<SweepResult> {
  const result: SweepResult = { checked: 0, removed: 0, kept: 0, incomplete: 0 }
  for await (const file of fileStore.list()) {
    result.checked += 1
    if (file.createdAt >= olderThan || (await isReferenced(file.id))) {
      result.kept += 1
      continue
    }
    await fileStore.remove(file.id)
    result.removed += 1
  }
  result.incomplete = (await fileStore.purgeIncomplete?.(olderThan)) ?? 0
  return result
}
