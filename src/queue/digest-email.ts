import type { NewOutboxMessage } from '../notifications/outbox.repository.js'

export type DigestLine = {
  trackingCode: string
  caseNumber: string
  stageLabel: string
  due: string
  dueText: string
  unassigned: boolean
}

/**
 * The staff digest. Mail leaves the procuratorate's systems, so it names applications only by
 * tracking code and 执行案号: no applicant names, ID or phone numbers (SPEC §12).
 */
export function digestEmail(f: {
  staffId: string
  email: string
  day: string
  procuratorateName: string
  queueUrl: string
  overdue: DigestLine[]
  soon: DigestLine[]
  now: Date
}): NewOutboxMessage {
  const line = (l: DigestLine) =>
    `- ${l.trackingCode}  ${l.caseNumber}  ${l.stageLabel}  期限 ${l.due}（${l.dueText}）${l.unassigned ? '  未分派' : ''}`
  const section = (title: string, lines: DigestLine[]) =>
    lines.length === 0 ? [] : [`${title}（${lines.length} 件）：`, ...lines.map(line), '']
  const text = [
    '您好：',
    '',
    `以下是截至 ${f.day} 由您负责、已逾期或 3 个工作日内到期的申请：`,
    '',
    ...section('已逾期', f.overdue),
    ...section('即将到期', f.soon),
    `请登录办件队列查看：${f.queueUrl}`,
    '',
    '本邮件由系统每日自动发送，请勿直接回复。',
  ]
  return {
    message_key: `digest:${f.staffId}:${f.day}`,
    kind: 'staff_digest',
    recipient: f.email,
    subject: `【${f.procuratorateName}】办件期限提醒 ${f.day}：已逾期 ${f.overdue.length} 件，即将到期 ${f.soon.length} 件`,
    text_body: text.join('\n'),
    html_body: null,
    next_attempt_at: f.now,
  }
}
