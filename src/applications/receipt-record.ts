import type { Db } from '../db/database.js'
import { findAllClocks } from '../deadlines/clock.repository.js'
import { formatTrackingCode } from '../kernel/tracking-code.js'
import { findMaterials } from './application.repository.js'
import type { ApplicationRow, MaterialRow } from './application.table.js'
import { receiptVerificationString } from './receipt-verification.js'

export type ReceiptRecord = { materials: MaterialRow[]; due: string; dueExplanation: string }

/**
 * What the 收件回执 recorded at submission, however the application has grown since (issue 13):
 * later materials (补正 answers, evidence, the court's reply, which the applicant must never see)
 * get receipts of their own. The materials are the first ones in filing order whose hashes the
 * stored verification string covers — the string itself proves which files were received then, so
 * no snapshot is needed. The due date is the one the procedural-reply clock was started with at
 * submission; a 补正 answer starts a new clock, and the application's own due date moves with it.
 */
export async function receiptRecord(
  db: Db,
  secret: string,
  app: Pick<ApplicationRow, 'id' | 'tracking_code' | 'submitted_at' | 'receipt_mac'> &
    Pick<ApplicationRow, 'procedural_reply_due' | 'procedural_reply_explanation'>,
): Promise<ReceiptRecord> {
  const [all, clocks] = await Promise.all([findMaterials(db, app.id), findAllClocks(db, app.id)])
  const first = clocks.find((c) => c.kind === 'procedural_reply')
  return {
    materials: receivedAtSubmission(secret, app, all),
    due: first?.due ?? app.procedural_reply_due,
    dueExplanation: first?.explanation ?? app.procedural_reply_explanation,
  }
}

/** The filing-order prefix the receipt's verification string was made over. */
export function receivedAtSubmission(
  secret: string,
  app: Pick<ApplicationRow, 'tracking_code' | 'submitted_at' | 'receipt_mac'>,
  materials: MaterialRow[],
): MaterialRow[] {
  const facts = (rows: MaterialRow[]) => ({
    trackingCode: formatTrackingCode(app.tracking_code),
    submittedAt: app.submitted_at.toISOString(),
    fileHashes: rows.map((m) => m.sha256),
  })
  for (let n = materials.length; n > 0; n--) {
    const rows = materials.slice(0, n)
    if (receiptVerificationString(secret, facts(rows)) === app.receipt_mac) return rows
  }
  // Not one prefix verifies (a receipt made before this rule, or a changed secret): what was filed
  // at submission and is no later answer or reply.
  return materials.filter(
    (m) =>
      m.supplement_request_id === null &&
      m.slot !== 'court_reply' &&
      m.uploaded_at.getTime() <= app.submitted_at.getTime(),
  )
}
