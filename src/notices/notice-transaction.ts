import type { Db } from '../db/database.js'
import type { Deps } from '../deps.js'

const pendingFiles = new WeakMap<object, string[]>()

/**
 * One transaction in which notices may be issued. A notice's PDF must be stored before the commit
 * (so a committed row never points at a missing file); if the transaction then fails, the files
 * stored inside it are removed again here. Use it instead of `deps.db.transaction().execute`
 * wherever `issueNotice` (or applyStageChange with a `notice`) may run.
 */
export async function transactionWithNotices<T>(
  deps: Deps,
  fn: (trx: Db) => Promise<T>,
): Promise<T> {
  const files: string[] = []
  try {
    return await deps.db.transaction().execute(async (trx) => {
      pendingFiles.set(trx, files)
      return fn(trx)
    })
  } catch (err) {
    await Promise.all(files.map((id) => deps.fileStore.remove(id).catch(() => undefined)))
    throw err
  }
}

/** Records a file stored inside `trx`, to be removed if the transaction does not commit. */
export function trackNoticeFile(trx: Db, fileId: string): void {
  const files = pendingFiles.get(trx)
  if (!files) {
    throw new Error(
      'notices must be issued inside transactionWithNotices (src/notices/notice-transaction.ts)',
    )
  }
  files.push(fileId)
}

/** Fails before any work when the caller forgot the wrapper. */
export function requireNoticeTransaction(trx: Db): void {
  if (!pendingFiles.has(trx)) {
    throw new Error(
      'notices must be issued inside transactionWithNotices (src/notices/notice-transaction.ts)',
    )
  }
}
