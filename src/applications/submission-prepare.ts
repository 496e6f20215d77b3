import { renderApplicationLetterPdf } from '../../views/documents/application-letter.js'
import { renderReceiptPdf } from '../../views/documents/receipt.js'
import { todayInChina } from '../calendar/calendar.service.js'
import type { Deps } from '../deps.js'
import { storeGeneratedPdf } from '../documents/issued-document.service.js'
import { receiptVerificationString } from './receipt-verification.js'
import type { SiteView } from '../site/site-view.js'
import { formatTrackingCode, generateTrackingCode } from '../tracking/tracking-code.js'
import { applicantName, courtName } from './display-names.js'
import { letterData } from './letter-data.js'
import { receiptData } from './receipt-data.js'
import type { Draft } from './draft.service.js'
import type { DraftFileRow } from './draft.table.js'
import { inSlotOrder } from './material-slots.js'
import type { Prepared } from './submission-rows.js'

export type Generated = { id: string; size: number; sha256: string }

/** The 监督申请书 written from the answers (with the 证据清单), stored like an upload. */
export async function storeLetter(
  deps: Deps,
  draft: Draft,
  site: SiteView,
  files: DraftFileRow[],
  now: Date,
): Promise<Generated> {
  const evidence = files.filter((f) => f.slot === 'evidence')
  const pdf = await renderApplicationLetterPdf(letterData(draft.answers, site, evidence, now))
  return storeGeneratedPdf(deps.fileStore, pdf)
}

/**
 * Everything a submission needs that can be computed before its transaction: the tracking code,
 * the due date with its explanation, the materials in receipt order, the verification string and
 * the receipt PDF for the email. Keeping this outside keeps the transaction short.
 */
export async function prepare(
  deps: Deps,
  draft: Draft,
  site: SiteView,
  files: DraftFileRow[],
  letter: Generated | undefined,
  now: Date,
): Promise<Prepared> {
  const trackingCode = generateTrackingCode()
  const due = deps.calendar.addWorkingDays(todayInChina(now), 7)
  const materials = [
    ...(letter
      ? [
          {
            slot: 'application_letter' as const,
            description: null,
            original_name: '监督申请书（系统生成）.pdf',
            byte_size: letter.size,
            detected_type: 'application/pdf',
            sha256: letter.sha256,
            file_id: letter.id,
            generated: true,
          },
        ]
      : []),
    ...inSlotOrder(files).map((f) => ({ ...f, generated: false })),
  ]
  const receiptMac = receiptVerificationString(deps.config.appSecret, {
    trackingCode: formatTrackingCode(trackingCode),
    submittedAt: now.toISOString(),
    fileHashes: materials.map((m) => m.sha256),
  })
  const a = draft.answers
  const idNumber =
    a.applicantType === 'organisation' ? a.organisation!.creditCode : a.person!.idNumber
  const receiptPdf = await renderReceiptPdf(
    receiptData(
      {
        trackingCode,
        submittedAt: now,
        applicantName: applicantName(a),
        idNumber,
        courtName: courtName(a, site),
        caseNumber: a.case!.caseNumber,
        matters: a.complaint!.matters,
        materials,
        due: due.due,
        dueExplanation: due.explanation,
        receiptMac,
      },
      site,
      deps.config.publicBaseUrl,
      draft.channel,
    ),
  )
  return {
    trackingCode,
    now,
    due,
    materials,
    receiptMac,
    idNumber,
    mail: {
      trackingCode: formatTrackingCode(trackingCode),
      site,
      publicBaseUrl: deps.config.publicBaseUrl,
      due: due.due,
      receiptPdf,
    },
  }
}
