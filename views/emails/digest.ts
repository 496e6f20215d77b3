import type { NewOutboxMessage } from '../../src/notifications/outbox.repository.js'
import type { SiteView } from '../../src/site/site-view.js'
import { envelopeText, siteSubject, type EmailEnvelope, type EmailLine } from './envelope.js'

export type DigestLine = {
  trackingCode: string
  caseNumber: string
  stageLabel: string
  due: string
  dueText: string
  unassigned: boolean
}

export type DigestEmailData = {
  site: Pick<SiteView, 'name'>
  publicBaseUrl: string
  staffId: string
  email: string
  /** the Beijing day, YYYY-MM-DD */
  day: string
  overdue: DigestLine[]
  soon: DigestLine[]
  /** open 联席会议 action items this person answers for, due by the same day as `soon` */
  actions?: { text: string; due: string }[]
  now: Date
}

/**
 * The staff digest. Mail leaves the procuratorate's systems, so it names applications only by
 * tracking code and 执行案号: no applicant names, ID or phone numbers (docs/product.md §12).
 */
export function digestEmail(d: DigestEmailData): NewOutboxMessage {
  const envelope: EmailEnvelope = {
    body: [
      `以下是截至 ${d.day} 由您负责、已逾期或 3 个工作日内到期的申请：`,
      '',
      ...section('已逾期', d.overdue),
      ...section('即将到期', d.soon),
      ...actionSection(d.day, d.actions ?? []),
    ],
    track: ['请登录办件队列查看：', { link: `${d.publicBaseUrl}/staff` }, ''],
    noReply: { apart: true, text: '本邮件由系统每日自动发送，请勿直接回复。' },
  }
  return {
    message_key: `digest:${d.staffId}:${d.day}`,
    kind: 'staff_digest',
    recipient: d.email,
    subject: siteSubject(
      d.site,
      `办件期限提醒 ${d.day}：已逾期 ${d.overdue.length} 件，即将到期 ${d.soon.length} 件`,
    ),
    text_body: envelopeText(envelope),
    html_body: null,
    next_attempt_at: d.now,
  }
}

function section(title: string, lines: DigestLine[]): EmailLine[] {
  return lines.length === 0 ? [] : [`${title}（${lines.length} 件）：`, ...lines.map(line), '']
}

function line(l: DigestLine): string {
  return `- ${l.trackingCode}  ${l.caseNumber}  ${l.stageLabel}  期限 ${l.due}（${l.dueText}）${l.unassigned ? '  未分派' : ''}`
}

function actionSection(day: string, actions: { text: string; due: string }[]): EmailLine[] {
  if (actions.length === 0) return []
  const line = (a: { text: string; due: string }) =>
    `- ${a.text}  期限 ${a.due}${a.due < day ? '（已逾期）' : ''}`
  return [`会议议定事项（${actions.length} 项）：`, ...actions.map(line), '']
}
