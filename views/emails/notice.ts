import type { IssuedNotice } from '../../src/notices/notice.service.js'
import type {
  NewOutboxAttachment,
  NewOutboxMessage,
} from '../../src/notifications/outbox.repository.js'
import type { SiteView } from '../../src/site/site-view.js'
import { envelopeText, siteSubject, trackUrl, type EmailEnvelope } from './envelope.js'

export function noticeAttachment(notice: IssuedNotice): NewOutboxAttachment {
  return { filename: notice.filename, content_type: 'application/pdf', content: notice.pdf }
}

/** The lines an email adds for an attached notice: which document, its number, where else to find it. */
export function noticeLines(notice: IssuedNotice): string[] {
  return [
    `本院已出具《${notice.title.replace(/（.*）$/, '')}》（${notice.number}），见本邮件附件（PDF）。`,
    '您也可以在查询页面的“文书”一栏中下载。',
  ]
}

export type NoticeEmailData = {
  site: Pick<SiteView, 'name'>
  publicBaseUrl: string
  email: string
  /** XXXX-XXXX-XXXX */
  trackingCode: string
  notice: IssuedNotice
  now: Date
}

/**
 * The email for a notice issued on its own, without a stage change (docs/product.md §10: each is emailed).
 * A notice issued with a stage change rides on the stage email instead (stage-change.ts).
 */
export function noticeEmail(d: NoticeEmailData): NewOutboxMessage {
  const code = d.trackingCode
  const envelope: EmailEnvelope = {
    body: [`关于您的民事执行监督申请（查询码 ${code}）：`, ...noticeLines(d.notice), ''],
    track: ['详情请凭查询码和手机号码后 4 位在 ', { link: trackUrl(d.publicBaseUrl) }, ' 查询。'],
  }
  return {
    message_key: `notice:${d.notice.documentId}`,
    kind: 'notice',
    recipient: d.email,
    subject: siteSubject(d.site, `${d.notice.title}（查询码 ${code}）`),
    text_body: envelopeText(envelope),
    html_body: null,
    next_attempt_at: d.now,
    attachments: [noticeAttachment(d.notice)],
  }
}
