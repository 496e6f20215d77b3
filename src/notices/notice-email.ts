import type { Deps } from '../deps.js'
import type { NewOutboxAttachment, NewOutboxMessage } from '../notifications/outbox.repository.js'
import { formatTrackingCode } from '../tracking/tracking-code.js'

type Issued = { documentId: string; number: string; title: string; filename: string; pdf: Buffer }

export function noticeAttachment(issued: Issued): NewOutboxAttachment {
  return { filename: issued.filename, content_type: 'application/pdf', content: issued.pdf }
}

/** The lines an email adds for an attached notice: which document, its number, where else to find it. */
export function noticeEmailLines(issued: Issued): string[] {
  return [
    `本院已出具《${issued.title.replace(/（.*）$/, '')}》（${issued.number}），见本邮件附件（PDF）。`,
    '您也可以在查询页面的“文书”一栏中下载。',
  ]
}

/** The email for a notice issued on its own, without a stage change (SPEC §10: each is emailed). */
export function noticeEmail(
  deps: Deps,
  app: { email: string; tracking_code: string },
  issued: Issued,
  at: Date,
): NewOutboxMessage {
  const code = formatTrackingCode(app.tracking_code)
  const site = deps.siteSettings.current()
  return {
    message_key: `notice:${issued.documentId}`,
    kind: 'notice',
    recipient: app.email,
    subject: `【${site.name}】${issued.title}（查询码 ${code}）`,
    text_body: [
      '您好：',
      '',
      `关于您的民事执行监督申请（查询码 ${code}）：`,
      ...noticeEmailLines(issued),
      '',
      `详情请凭查询码和手机号码后 4 位在 ${deps.config.publicBaseUrl}/track 查询。`,
      '本邮件由系统自动发送，请勿直接回复。',
    ].join('\n'),
    html_body: null,
    next_attempt_at: at,
    attachments: [noticeAttachment(issued)],
  }
}
