import type { Db } from '../db/database.js'
import { formatFileSize } from '../kernel/file-size.js'
import { findMeasuresDone } from './measures.repository.js'
import { VERIFICATION_LABEL } from './measures.schema.js'
import { MEASURE_LABEL } from './register.schema.js'
import { REPLY_MEASURES } from './register.table.js'
import type { ReplyRow } from './reply.repository.js'

export type MeasuresView = {
  /** the measures still to record: those the reply lists and no row covers yet */
  open: { value: string; label: string }[]
  done: {
    measure: string
    doneOn: string
    courtDocument: string | undefined
    amountPaid: string | undefined
    verification: string
    note: string | undefined
    verifiedOn: string
    verifiedBy: string
    files: { id: string; name: string; size: string; sha256: string }[]
  }[]
  /** the day the last promised measure was done, once all are */
  completeOn: string | undefined
}

/**
 * 整改落实 of one 检察建议 as the page shows it; undefined when there is nothing to carry out (no
 * reply yet, or the court did not adopt it).
 */
export async function viewMeasures(
  db: Db,
  id: string,
  reply: ReplyRow | undefined,
): Promise<MeasuresView | undefined> {
  if (!reply || reply.outcome === 'not_adopted') return undefined
  const rows = await findMeasuresDone(db, id)
  const listed = reply.measures.length > 0 ? reply.measures : REPLY_MEASURES
  const recorded = new Set(rows.map((r) => r.measure))
  return {
    open: reply.measures_done_on
      ? []
      : listed.filter((m) => !recorded.has(m)).map((m) => ({ value: m, label: MEASURE_LABEL[m] })),
    done: rows.map((r) => ({
      measure: MEASURE_LABEL[r.measure],
      doneOn: r.done_on,
      courtDocument: r.court_document ?? undefined,
      amountPaid: r.amount_paid ? `${r.amount_paid} 元` : undefined,
      verification: VERIFICATION_LABEL[r.verification],
      note: r.verification_note ?? undefined,
      verifiedOn: r.verified_on,
      verifiedBy: r.verified_by_name,
      files: r.files.map((f) => ({
        id: f.id,
        name: f.file_name,
        size: formatFileSize(f.file_size),
        sha256: f.file_sha256,
      })),
    })),
    completeOn: reply.measures_done_on ?? undefined,
  }
}
