import type { IssuedNotice } from '../../src/notices/notice.service.js'
import type { NewOutboxMessage } from '../../src/notifications/outbox.repository.js'
import type { SiteView } from '../../src/site/site-view.js'
import { envelopeText, siteSubject, trackUrl, type EmailEnvelope } from './envelope.js'
import { noticeAttachment, noticeLines } from './notice.js'

export type StageChangeEmailData = {
  site: Pick<SiteView, 'name'>
  publicBaseUrl: string
  applicationId: string
  email: string
  /** XXXX-XXXX-XXXX */
  trackingCode: string
  /** what happened, e.g. 受理 */
  actionLabel: string
  /** the stage the application is now in, and what that means for the applicant */
  stage: { label: string; meaning: string }
  /** the text the change adds to the applicant's timeline */
  publicNote?: string | undefined
  /** the notice the change issued, attached */
  notice?: IssuedNotice | undefined
  /** the application's version after the change: one email per change */
  version: number
  now: Date
}

/** The applicant's one email for a stage change, with the notice it issued, if any. */
export function stageChangeEmail(d: StageChangeEmailData): NewOutboxMessage {
  const code = d.trackingCode
  const envelope: EmailEnvelope = {
    body: [
      `您的民事执行监督申请（查询码 ${code}）有新进展：${d.actionLabel}。`,
      `当前状态：${d.stage.label}`,
      d.stage.meaning,
      ...(d.publicNote ? ['', d.publicNote] : []),
      ...(d.notice ? ['', ...noticeLines(d.notice)] : []),
      '',
    ],
    track: ['详情请凭查询码和手机号码后 4 位在 ', { link: trackUrl(d.publicBaseUrl) }, ' 查询。'],
  }
  return {
    message_key: `stage-change:${d.applicationId}:${d.version}`,
    kind: 'stage_change',
    recipient: d.email,
    // what happened, first: the subject is often all a person reads
    subject: siteSubject(d.site, `${d.stage.label}：您的执行监督申请（查询码 ${code}）`),
    text_body: envelopeText(envelope),
    html_body: null,
    next_attempt_at: d.now,
    ...(d.notice ? { attachments: [noticeAttachment(d.notice)] } : {}),
  }
}
