import type { NewOutboxMessage } from '../../src/notifications/outbox.repository.js'
import type { SiteView } from '../../src/site/site-view.js'
import { envelopeText, siteSubject, trackUrl, type EmailEnvelope } from './envelope.js'

export type LostCodeEmailData = {
  site: Pick<SiteView, 'name'>
  publicBaseUrl: string
  applicationId: string
  /** XXXX-XXXX-XXXX */
  trackingCode: string
  email: string
  /** the hour (since the epoch) of the request: one email per application per hour */
  hour: number
  now: Date
}

/** The tracking code, sent only to the address registered with the application. */
export function lostCodeEmail(d: LostCodeEmailData): NewOutboxMessage {
  const envelope: EmailEnvelope = {
    body: [`您申请找回查询码。您的民事执行监督申请的查询码是：${d.trackingCode}`],
    track: [
      '请凭查询码和手机号码后 4 位在 ',
      { link: trackUrl(d.publicBaseUrl) },
      ' 查询办理进度。',
    ],
    afterTrack: ['如果不是您本人申请找回，请忽略本邮件，您的信息不会因此泄露。'],
  }
  return {
    message_key: `lost-code:${d.applicationId}:${d.hour}`,
    kind: 'lost_code',
    recipient: d.email,
    subject: siteSubject(d.site, '您的执行监督申请查询码'),
    text_body: envelopeText(envelope),
    html_body: null,
    next_attempt_at: d.now,
  }
}
