import { renderApplicationLetterPdf } from '../../views/documents/application-letter.js'
import { dateCaveat } from '../calendar/calendar-notice.js'
import { renderReceiptPdf } from '../../views/documents/receipt.js'
import { todayInChina } from '../calendar/calendar.service.js'
import type { DueDate } from '../calendar/workdays.js'

import { computeDue } from '../deadlines/clocks.js'
import type { Deps } from '../deps.js'
import { storeGeneratedPdf } from '../documents/issued-document.service.js'
import { PROCEDURAL_REPLY_DAYS } from '../kernel/procedural-reply.js'
import type { SiteView } from '../site/site-view.js'
import { formatTrackingCode, generateTrackingCode } from '../kernel/tracking-code.js'
import { applicantName, courtName } from './display-names.js'
import { letterData } from './letter-data.js'
import { receiptData, type ReceiptSource } from './receipt-data.js'
import { receiptVerificationString } from './receipt-verification.js'
import type { Draft } from './draft.service.js'
import type { DraftFileRow } from './draft.table.js'
import { inSlotOrder } from './material-slots.js'
import type { Prepared, PreparedMaterial } from './submission-rows.js'

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
  // 7 days, counted as the procuratorate chose (legal review D32; site settings)
  const due = computeDue(deps, todayInChina(now), {
    unit: site.proceduralReplyUnit,
    amount: PROCEDURAL_REPLY_DAYS,
  })
  const materials = [
    ...(letter ? [letterMaterial(letter)] : []),
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
  const facts = { trackingCode, submittedAt: now, idNumber, materials, receiptMac, due }
  const receiptPdf = await renderReceipt(deps, draft, site, facts)
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
      dueNote: dateCaveat(deps.calendar, due.due),
      receiptPdf,
    },
  }
}

function letterMaterial(letter: Generated): PreparedMaterial {
  return {
    slot: 'application_letter',
    description: null,
    original_name: '监督申请书（系统生成）.pdf',
    byte_size: letter.size,
    detected_type: 'application/pdf',
    sha256: letter.sha256,
    file_id: letter.id,
    generated: true,
  }
}

/** The 收件回执 the email carries, from the same facts the application row will hold. */
function renderReceipt(
  deps: Deps,
  draft: Draft,
  site: SiteView,
  facts: Pick<ReceiptSource, 'trackingCode' | 'submittedAt' | 'idNumber' | 'receiptMac'> & {
    materials: PreparedMaterial[]
    due: DueDate
  },
): Promise<Buffer> {
  const a = draft.answers
  const source: ReceiptSource = {
    ...facts,
    applicantName: applicantName(a),
    courtName: courtName(a, site),
    caseNumber: a.case!.caseNumber,
    matters: a.complaint!.matters,
    due: facts.due.due,
    dueExplanation: facts.due.explanation,
  }
  return renderReceiptPdf(receiptData(source, site, deps.config.publicBaseUrl, draft.channel))
}
