import { stopClocks, startClock } from '../deadlines/clocks.js'
import type { Deps } from '../deps.js'
import { issueNotice } from '../notices/notice.service.js'
import { transactionWithNotices } from '../notices/notice-transaction.js'
import { insertNote } from '../review/case.repository.js'
import { recordedActor, type StaffActor } from '../staff/staff-actor.js'
import type { Stage } from '../workflow/stages.js'
import type { OtherPartyCommentsForm, OtherPartyNoticeForm } from './other-party.schema.js'
import { auditStaffChange, touchApplication } from './staff-change.js'

/** After 受理 and until a decision: when the other parties are told and may answer. */
export const OTHER_PARTY_STAGES: readonly Stage[] = ['accepted', 'under_review', 'suspended']

/**
 * 规则 第三十三条: "同时" with the applicant's 受理通知书, the other parties get a numbered 受理通知书
 * and a copy of the 监督申请书, on paper. Staff issue it here (one per other party); its 15-day
 * comment window runs from today as a clock on the case page (the law counts from receipt, which
 * the clock's label says). One transaction: version, number, PDF, clock, audit.
 */
export async function issueOtherPartyNotice(
  deps: Deps,
  actor: StaffActor,
  id: string,
  form: OtherPartyNoticeForm,
) {
  await transactionWithNotices(deps, async (trx) => {
    await touchApplication(trx, deps, {
      applicationId: id,
      expectedVersion: form.version,
      stages: OTHER_PARTY_STAGES,
      what: '向其他当事人发出受理通知书',
    })
    const { documentId, number } = await issueNotice(trx, deps, {
      applicationId: id,
      kind: 'other_party_acceptance_notice',
      fields: { partyName: form.partyName },
      staffId: actor.staff.id,
      staffRoles: recordedActor(actor).roles,
      ip: actor.ip,
    })
    await startClock(trx, deps, { applicationId: id, kind: 'other_party_comments' })
    await auditStaffChange(trx, deps, actor, id, 'application.other_party_notice', {
      documentId,
      number,
    })
  })
}

/**
 * A written answer of another party received (规则 第三十三条): kept as an internal note, which the
 * 民事检察 department reads on the case page (第三十四条: "及时移送"). When staff mark every answer
 * received, the comment window's clock stops.
 */
export async function recordOtherPartyComments(
  deps: Deps,
  actor: StaffActor,
  id: string,
  form: OtherPartyCommentsForm,
) {
  await deps.db.transaction().execute(async (trx) => {
    await touchApplication(trx, deps, {
      applicationId: id,
      expectedVersion: form.version,
      stages: OTHER_PARTY_STAGES,
      what: '登记其他当事人的书面意见',
    })
    await insertNote(trx, {
      applicationId: id,
      authorId: actor.staff.id,
      body: `【其他当事人书面意见】${form.partyName}于${form.receivedOn}提交书面意见。要点：${form.summary}`,
      at: deps.clock.now(),
    })
    if (form.allReceived) await stopClocks(trx, deps, id, ['other_party_comments'])
    await auditStaffChange(trx, deps, actor, id, 'application.other_party_comments', {
      allReceived: form.allReceived,
    })
  })
}
