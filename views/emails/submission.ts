import type { NewOutboxMessage } from '../../src/notifications/outbox.repository.js'
import type { SiteView } from '../../src/site/site-view.js'
import {
  envelopeHtml,
  envelopeText,
  siteSubject,
  trackUrl,
  type EmailEnvelope,
} from './envelope.js'

export type SubmissionEmailFacts = {
  site: Pick<SiteView, 'name'>
  publicBaseUrl: string
  applicationId: string
  /** XXXX-XXXX-XXXX */
  trackingCode: string
  email: string
  /** the date by which the applicant hears whether the application is accepted */
  due: string
  /** when the due date falls in a year whose holidays are not yet known (legal review D31) */
  dueNote?: string | undefined
  receiptPdf: Uint8Array
  now: Date
}

/** docs/product.md §6 / §12: the code and the receipt, no personal data beyond what the applicant gave. */
export function submissionEmail(f: SubmissionEmailFacts): NewOutboxMessage {
  const code = f.trackingCode
  const envelope: EmailEnvelope = {
    body: [
      `${f.site.name}已收到您的民事执行监督申请。`,
      ['查询码：', { strong: code }],
      '',
      `本院将在 ${f.due} 前书面告知您受理、不予受理或需要补正的材料。${f.dueNote ? `（${f.dueNote}）` : ''}`,
    ],
    track: [
      '您可以凭查询码和手机号码后 4 位在 ',
      { link: trackUrl(f.publicBaseUrl) },
      ' 查询办理进度。',
    ],
    afterTrack: ['收件回执见附件（PDF），请妥善保存。'],
    noReply: { apart: true },
  }
  return {
    message_key: `application-submitted:${f.applicationId}`,
    kind: 'application_submitted',
    recipient: f.email,
    subject: siteSubject(f.site, `已收到您的执行监督申请（查询码 ${code}）`),
    text_body: envelopeText(envelope),
    html_body: envelopeHtml(envelope),
    next_attempt_at: f.now,
    attachments: [
      { filename: `收件回执-${code}.pdf`, content_type: 'application/pdf', content: f.receiptPdf },
    ],
  }
}
