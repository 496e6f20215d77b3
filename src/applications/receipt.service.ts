import { renderReceiptPdf } from '../../views/documents/receipt.js'
import type { Deps } from '../deps.js'
import type { SiteView } from '../site/site-view.js'
import { receiptData } from './receipt-data.js'
import { receiptRecord } from './receipt-record.js'
import type { ApplicationRow } from './application.table.js'

/**
 * The 收件回执 again, as it was at submission: same materials, due date and verification string.
 * The ID number is decrypted only to be masked on the paper.
 */
export async function renderStoredReceipt(
  deps: Deps,
  app: ApplicationRow,
  site: SiteView,
): Promise<Buffer> {
  const record = await receiptRecord(deps.db, deps.config.appSecret, app)
  return renderReceiptPdf(
    receiptData(
      {
        trackingCode: app.tracking_code,
        submittedAt: app.submitted_at,
        applicantName: app.applicant_name,
        idNumber: deps.fieldCrypto.decrypt(app.id_number_encrypted),
        courtName: app.court_name,
        caseNumber: app.case_number,
        matters: app.matters,
        materials: record.materials,
        due: record.due,
        dueExplanation: record.dueExplanation,
        receiptMac: app.receipt_mac,
      },
      site,
      deps.config.publicBaseUrl,
      app.channel,
    ),
  )
}
