import type { Db } from '../db/database.js'
import { insertOutboxMessage } from '../notifications/outbox.repository.js'

/**
 * SPEC §4: when an address is given, the link to resume the draft is emailed (once per draft and
 * address). The link carries the draft's token — it is the applicant's own key to the draft.
 */
export async function enqueueResumeEmail(
  db: Db,
  f: {
    draftId: string
    token: string
    email: string
    procuratorateName: string
    publicBaseUrl: string
    now: Date
  },
): Promise<void> {
  const link = `${f.publicBaseUrl}/apply/resume?t=${f.token}`
  await insertOutboxMessage(db, {
    message_key: `draft-resume:${f.draftId}:${f.email}`,
    kind: 'draft_resume',
    recipient: f.email,
    subject: `【${f.procuratorateName}】继续填写您的执行监督申请`,
    text_body: [
      '您好：',
      '',
      '您正在填写民事执行监督申请，填写的内容已经保存。',
      `30 天内打开下面的链接，可以从上次的地方继续填写：`,
      link,
      '',
      '请不要把这个链接转给他人。如果不是您本人在填写，请忽略本邮件。',
      '本邮件由系统自动发送，请勿直接回复。',
    ].join('\n'),
    html_body: null,
    next_attempt_at: f.now,
  })
}
