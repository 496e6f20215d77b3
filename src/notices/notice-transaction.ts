import type { Db } from '../db/database.js'
import type { Deps } from '../deps.js'
import {
  inTransactionWithFiles,
  transactionWithFiles,
} from '../documents/issued-document.service.js'

/**
 * One transaction in which notices may be issued: a transactionWithFiles, so a notice's PDF stored
 * before the commit is removed again if the transaction then fails. Use it instead of
 * `deps.db.transaction().execute` wherever `issueNotice` (or applyStageChange with a `notice`) may
 * run.
 */
export function transactionWithNotices<T>(
  deps: Pick<Deps, 'db' | 'fileStore'>,
  fn: (trx: Db) => Promise<T>,
): Promise<T> {
  return transactionWithFiles(deps, fn)
}

/** Fails before any work when the caller forgot the wrapper. */
export function requireNoticeTransaction(trx: Db): void {
  if (!inTransactionWithFiles(trx)) {
    throw new Error(
      'notices must be issued inside transactionWithNotices (src/notices/notice-transaction.ts)',
    )
  }
}
