import { renderExecutionInquiryPdf } from '../../../views/documents/execution-inquiry.js'
import { insertAuditEvent } from '../../audit/audit.repository.js'
import { addCalendarDays } from '../../calendar/workdays.js'
import type { Deps } from '../../deps.js'
import { findSealImage } from '../../documents/signing/seal.repository.js'
import { NotFound, StaleVersion } from '../../errors.js'
import { todayInChina } from '../../kernel/china-time.js'
import { takeNumber } from '../../notices/notice.service.js'
import { recordedActor, type StaffActor } from '../../staff/staff-actor.js'
import { loadLeadSettings } from '../lead-settings.js'
import { INQUIRY_REPLY_DAYS } from '../rules/index.js'
import {
  findInquiriesOfLead,
  findInquiry,
  insertInquiry,
  lockLeadForInquiry,
} from './inquiry.repository.js'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/**
 * Issues a 说明案件执行情况通知书 for a lead: the next number, the reply date (the admin's period,
 * counted by the calendar module, rolled to a working day) and the audit event, in one transaction.
 * A lead no rule raises any more (已消除) gets none.
 */
export async function issueInquiry(
  deps: Deps,
  actor: StaffActor,
  leadId: string,
  questions: string,
): Promise<string> {
  return deps.db.transaction().execute(async (trx) => {
    const lead = UUID.test(leadId) ? await lockLeadForInquiry(trx, leadId) : undefined
    if (!lead) throw new NotFound('没有找到这条线索。')
    if (lead.status === 'cleared')
      throw new StaleVersion('这条线索已不再被任何规则提示，不能再发出说明案件执行情况通知书。')
    const at = deps.clock.now()
    const issuedOn = todayInChina(at)
    const days = (await loadLeadSettings(trx)).thresholds[INQUIRY_REPLY_DAYS.key]!
    const { due } = addCalendarDays(issuedOn, days, deps.calendar.dayInfo())
    const number = await takeNumber(trx, 'execution_inquiry', at)
    const id = await insertInquiry(trx, {
      lead_id: leadId,
      number,
      court_name: lead.court_name,
      court_case_no: lead.case_no,
      questions,
      reply_days: days,
      issued_on: issuedOn,
      reply_due: due,
      issued_by: actor.staff.id,
      issued_at: at,
    })
    await insertAuditEvent(trx, {
      actor: recordedActor(actor),
      ip: actor.ip,
      action: 'lead.inquiry_issue',
      at,
      object: { type: 'lead', id: leadId },
      result: 'success',
      details: { inquiryId: id, number, replyDue: due, replyDays: days },
    })
    return id
  })
}

/** The notice drawn again from its record (a document is a view of its data). */
export async function inquiryPdf(deps: Deps, leadId: string, id: string): Promise<Buffer> {
  const row =
    UUID.test(leadId) && UUID.test(id) ? await findInquiry(deps.db, leadId, id) : undefined
  if (!row) throw new NotFound('没有找到这份通知书。')
  return renderExecutionInquiryPdf({
    procuratorateName: deps.siteSettings.current().name,
    number: row.number,
    courtName: row.court_name,
    caseNo: row.court_case_no,
    questions: row.questions,
    replyDays: row.reply_days,
    replyDue: row.reply_due,
    issuedOn: row.issued_on,
    seal: await findSealImage(deps.db),
    createdAt: row.issued_at,
  })
}

export async function inquiriesOf(deps: Deps, leadId: string) {
  return (await findInquiriesOfLead(deps.db, leadId)).map((i) => ({
    id: i.id,
    number: i.number,
    issuedOn: i.issued_on,
    replyDue: i.reply_due,
  }))
}
