import type { NewOutboxMessage } from '../../src/notifications/outbox.repository.js'
import type { SiteView } from '../../src/site/site-view.js'
import { envelopeText, siteSubject, type EmailEnvelope } from './envelope.js'

export type ResumeEmailData = {
  site: Pick<SiteView, 'name'>
  publicBaseUrl: string
  draftId: string
  /** the draft's own token: the link is the applicant's key to the draft */
  token: string
  email: string
  now: Date
}

/** The link to go on with a draft; there is no application to track yet. */
export function resumeEmail(d: ResumeEmailData): NewOutboxMessage {
  const envelope: EmailEnvelope = {
    body: [
      '您正在填写民事执行监督申请，填写的内容已经保存。',
      '30 天内打开下面的链接，可以从上次的地方继续填写：',
      [{ link: `${d.publicBaseUrl}/apply/resume?t=${d.token}` }],
      '',
      '请不要把这个链接转给他人。如果不是您本人在填写，请忽略本邮件。',
    ],
  }
  return {
    message_key: `draft-resume:${d.draftId}:${d.email}`,
    kind: 'draft_resume',
    recipient: d.email,
    subject: siteSubject(d.site, '继续填写您的执行监督申请'),
    text_body: envelopeText(envelope),
    html_body: null,
    next_attempt_at: d.now,
  }
}
