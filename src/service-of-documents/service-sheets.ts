import { Readable } from 'node:stream'
import {
  renderEnvelopeSheetPdf,
  renderReturnReceiptPdf,
} from '../../views/documents/service-sheets.js'
import type { Deps } from '../deps.js'
import { NotFound } from '../errors.js'
import type { StoredFileResponse } from '../http/send-stored-file.js'
import { isUuid } from '../kernel/ids.js'
import { formatTrackingCode } from '../kernel/tracking-code.js'
import { auditStaffChange } from '../actions/staff-change.js'
import type { StaffActor } from '../staff/staff-actor.js'
import { addresseeOf } from './service-addressee.js'
import { findServableDocument, findServiceAddressee } from './service.repository.js'

export type ServiceSheet = 'envelope' | 'return_receipt'

const SHEET_NAME: Record<ServiceSheet, string> = {
  envelope: '邮寄送达信封单',
  return_receipt: '送达回证',
}

/**
 * The envelope sheet or the 送达回证 of one notice, with the applicant's full address. The address is
 * personal data shown nowhere else in full, so every print is audited (which sheet, which notice;
 * never the address) before the PDF is handed out.
 */
export async function printServiceSheet(
  deps: Deps,
  actor: StaffActor,
  applicationId: string,
  documentId: string,
  sheet: ServiceSheet,
): Promise<StoredFileResponse> {
  const app = isUuid(applicationId) ? await findServiceAddressee(deps.db, applicationId) : undefined
  const doc =
    app && isUuid(documentId)
      ? await findServableDocument(deps.db, applicationId, documentId)
      : undefined
  if (!app || !doc) throw new NotFound('没有找到这份文书。')
  const site = deps.siteSettings.current()
  const addressee = addresseeOf(app)
  const data = {
    procuratorateName: site.name,
    procuratorateAddress: site.address,
    procuratoratePhone: site.phone,
    recipientName: addressee.name,
    recipientAddress: addressee.address || '（申请人未填写住所，请电话联系后补写）',
    documentTitle: doc.title.replace(/（.*）$/, ''),
    documentNumber: doc.number ?? '',
    trackingCode: formatTrackingCode(app.tracking_code),
    printedAt: deps.clock.now(),
  }
  const pdf =
    sheet === 'envelope' ? await renderEnvelopeSheetPdf(data) : await renderReturnReceiptPdf(data)
  await auditStaffChange(deps.db, deps, actor, applicationId, 'application.service_sheet_print', {
    documentId,
    sheet,
  })
  return {
    stream: Readable.from([pdf]),
    type: 'application/pdf',
    name: `${SHEET_NAME[sheet]}（${doc.number ?? doc.title}）.pdf`,
    size: pdf.length,
  }
}
