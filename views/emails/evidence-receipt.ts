import type { NewOutboxMessage } from '../../src/notifications/outbox.repository.js'
import type { SiteView } from '../../src/site/site-view.js'
import { envelopeText, siteSubject, trackUrl, type EmailEnvelope } from './envelope.js'

export type EvidenceReceiptEmailData = {
  site: Pick<SiteView, 'name'>
  publicBaseUrl: string
  email: string
  /** XXXX-XXXX-XXXX */
  trackingCode: string
  fileCount: number
  /** the stored receipt: one email per receipt */
  documentFileId: string
  now: Date
}

/** Every document issued is also emailed (docs/product.md §10): here the notice that the receipt is ready. */
export function evidenceReceiptEmail(d: EvidenceReceiptEmailData): NewOutboxMessage {
  const code = d.trackingCode
  const envelope: EmailEnvelope = {
    body: [`本院已收到您补充的证据材料 ${d.fileCount} 份，并出具了证据材料收据。`],
    track: [
      `请凭查询码 ${code} 和手机号码后 4 位在 `,
      { link: trackUrl(d.publicBaseUrl) },
      ' 查看和下载。',
    ],
  }
  return {
    message_key: `evidence-receipt:${d.documentFileId}`,
    kind: 'evidence_receipt',
    recipient: d.email,
    subject: siteSubject(d.site, `已收到您补充的证据材料（查询码 ${code}）`),
    text_body: envelopeText(envelope),
    html_body: null,
    next_attempt_at: d.now,
  }
}
