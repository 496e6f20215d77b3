import type { ReceiptData } from '../../views/documents/receipt.js'
import { formatCalendarDay } from '../kernel/china-time.js'
import type { SiteView } from '../site/site-view.js'
import { formatTrackingCode } from '../kernel/tracking-code.js'
import { SLOT_LABELS } from './display-names.js'
import type { MaterialSlot } from './draft.table.js'
import { maskIdNumber } from './validation/id-number.js'

export type ReceiptSource = {
  trackingCode: string
  submittedAt: Date
  applicantName: string
  idNumber: string
  courtName: string
  caseNumber: string
  matters: string[]
  materials: {
    slot: MaterialSlot
    original_name: string
    byte_size: string | number
    sha256: string
  }[]
  due: string
  dueExplanation: string
  receiptMac: string
}

/** 收件回执 (docs/product.md §6): no full ID number, only the masked one. */
export function receiptData(
  src: ReceiptSource,
  site: SiteView,
  publicBaseUrl: string,
  channel: 'online' | 'counter',
): ReceiptData {
  const code = formatTrackingCode(src.trackingCode)
  return {
    procuratorateName: site.name,
    trackingCode: code,
    submittedAt: src.submittedAt,
    applicantName: src.applicantName,
    maskedIdNumber: maskIdNumber(src.idNumber),
    enforcingCourt: src.courtName,
    caseNumber: src.caseNumber,
    matters: src.matters,
    materials: src.materials.map((m) => ({
      slot: SLOT_LABELS[m.slot],
      name: m.original_name,
      size: Number(m.byte_size),
      sha256: m.sha256,
    })),
    nextStep: {
      text: '本院将审查您的申请，并在下列日期前书面告知受理、不予受理或需要补正的材料',
      due: formatCalendarDay(src.due),
      explanation: src.dueExplanation,
    },
    verifyUrl: `${publicBaseUrl}/verify?c=${code}&v=${encodeURIComponent(src.receiptMac)}`,
    verificationString: src.receiptMac,
    channel: channel === 'counter' ? '窗口' : '网上',
  }
}
