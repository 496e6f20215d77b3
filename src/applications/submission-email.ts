import { html } from 'hono/html'
import type { NewOutboxMessage } from '../notifications/outbox.repository.js'
import { formatTrackingCode } from '../tracking/tracking-code.js'

export type SubmissionEmailFacts = {
  applicationId: string
  trackingCode: string
  procuratorateName: string
  email: string
  due: string
  trackUrl: string
  receiptPdf: Uint8Array
  now: Date
}

/** SPEC §6 / §12: the code and the receipt, no personal data beyond what the applicant gave. */
export async function submissionEmail(f: SubmissionEmailFacts): Promise<NewOutboxMessage> {
  const code = formatTrackingCode(f.trackingCode)
  const lines = [
    '您好：',
    '',
    `${f.procuratorateName}已收到您的民事执行监督申请。`,
    `查询码：${code}`,
    '',
    `本院将在 ${f.due} 前书面告知您受理、不予受理或需要补正的材料。`,
    `您可以凭查询码和手机号码后 4 位在 ${f.trackUrl} 查询办理进度。`,
    '收件回执见附件（PDF），请妥善保存。',
    '',
    '本邮件由系统自动发送，请勿直接回复。',
  ]
  const body = await html`<p>您好：</p>
    <p>${f.procuratorateName}已收到您的民事执行监督申请。</p>
    <p>查询码：<strong>${code}</strong></p>
    <p>本院将在 ${f.due} 前书面告知您受理、不予受理或需要补正的材料。</p>
    <p>
      您可以凭查询码和手机号码后 4 位在 <a href="${f.trackUrl}">${f.trackUrl}</a> 查询办理进度。
    </p>
    <p>收件回执见附件（PDF），请妥善保存。</p>
    <p>本邮件由系统自动发送，请勿直接回复。</p>`
  return {
    message_key: `application-submitted:${f.applicationId}`,
    kind: 'application_submitted',
    recipient: f.email,
    subject: `【${f.procuratorateName}】已收到您的执行监督申请（查询码 ${code}）`,
    text_body: lines.join('\n'),
    html_body: body.toString(),
    next_attempt_at: f.now,
    attachments: [
      { filename: `收件回执-${code}.pdf`, content_type: 'application/pdf', content: f.receiptPdf },
    ],
  }
}
