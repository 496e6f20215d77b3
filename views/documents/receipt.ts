import QRCode from 'qrcode'
import { renderPdf } from './kit/pdf.js'
import { drawReceipt } from './receipt-layout.js'

export type ReceiptMaterial = {
  /** upload slot, e.g. 监督申请书, 身份证明, 相关法律文书, 证据材料, 授权委托书 */
  slot: string
  /** original file name (sanitised) */
  name: string
  /** bytes */
  size: number
  /** SHA-256, 64 hex characters */
  sha256: string
}

export type ReceiptData = {
  procuratorateName: string
  /** 'XXXX-XXXX-XXXX' */
  trackingCode: string
  submittedAt: Date
  applicantName: string
  /** already masked, e.g. 4104**********123X — never the full number */
  maskedIdNumber: string
  enforcingCourt: string
  caseNumber: string
  /** the matters complained of, one per entry */
  matters: string[]
  materials: ReceiptMaterial[]
  nextStep: {
    /** what happens next, e.g. 本院将审查您的申请并书面告知是否受理 */
    text: string
    /** the due date as printed, e.g. 2026年12月7日 */
    due: string
    /** how the due date was computed (legal basis, working days) */
    explanation: string
  }
  /**
   * full URL of /verify with ?c=… (https in production: config's PUBLIC_BASE_URL decides); its
   * origin also gives the /track address
   */
  verifyUrl: string
  /** from receiptVerificationString(), XXXX-XXXX-XXXX-XXXX-XXXX */
  verificationString: string
  channel?: '网上' | '窗口'
}

/**
 * The 收件回执 (docs/product.md §6). Full SHA-256 values go into the Info dictionary (Keywords and
 * `FileSha256`, in material order) since paper shows only the first 16 hex characters.
 */
export async function renderReceiptPdf(data: ReceiptData): Promise<Buffer> {
  const qrPng = await verifyQrPng(data.verifyUrl)
  const hashes = data.materials.map((m) => m.sha256.toLowerCase())
  return renderPdf((doc, fonts) => drawReceipt(doc, fonts, data, qrPng), {
    title: `收件回执 ${data.trackingCode}`,
    author: data.procuratorateName,
    subject: `民事执行监督申请收件回执 ${data.trackingCode}`,
    keywords: ['收件回执', data.trackingCode, ...hashes.map((h) => `sha256:${h}`)].join(', '),
    customMetadata: {
      TrackingCode: data.trackingCode,
      SubmittedAt: data.submittedAt.toISOString(),
      FileSha256: hashes.join(' '),
      VerificationString: data.verificationString,
    },
    creationDate: data.submittedAt,
  })
}

/** A grey-scale PNG: pdfkit embeds its image data as is, with no alpha channel to split off. */
function verifyQrPng(url: string): Promise<Buffer> {
  const parsed = new URL(url)
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error('verify URL must be an http(s) address')
  }
  const rendererOpts = { deflateLevel: 6, colorType: 0 }
  return QRCode.toBuffer(url, {
    type: 'png',
    errorCorrectionLevel: 'M',
    margin: 2,
    scale: 4,
    rendererOpts,
  })
}
