import { insertAuditEvent } from '../audit/audit.repository.js'
import type { Deps } from '../deps.js'
import { NotFound, StaleVersion } from '../errors.js'
import { recordedActor, type StaffActor } from '../staff/staff-actor.js'
import { lockLead, recordDecision } from './lead-query.repository.js'
import type { LeadDecision } from './lead.schema.js'
import type { LeadEvidence } from './lead.table.js'
import { openFromLead } from '../ex-officio/ex-officio.service.js'

/**
 * Records a reviewer's 初筛 on the evidence shown (the page's version): the decision, the hash of
 * the evidence it was made on — a later import keeps a 无效 lead quiet while that is unchanged — and
 * the audit event, in one transaction; 有效 also opens or joins the ex-officio case. A page older than the lead is refused (409), so a second
 * submission or a colleague's decision in between is never overwritten unseen.
 */
export async function decideLead(
  deps: Deps,
  actor: StaffActor,
  id: string,
  d: LeadDecision,
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const lead = /^[0-9a-f-]{36}$/.test(id) ? await lockLead(trx, id) : undefined
    if (!lead) throw new NotFound('没有找到这条线索。')
    if (lead.version !== d.version)
      throw new StaleVersion(
        '这条线索在您打开页面后已有变化（可能已被他人初筛或有新的导入），请刷新后重新查看。',
      )
    const now = deps.clock.now()
    await recordDecision(trx, id, {
      status: d.decision,
      reason: d.reason,
      note: d.note ?? null,
      by: actor.staff.id,
      at: now,
      hash: lead.evidence_hash,
    })
    await insertAuditEvent(trx, {
      actor: recordedActor(actor),
      ip: actor.ip,
      action: 'lead.decide',
      at: now,
      object: { type: 'lead', id },
      result: 'success',
      details: {
        decision: d.decision,
        reason: d.reason,
        previous: lead.status,
        caseId: lead.case_id,
      },
    })
    // 有效: the lead becomes (part of) an ex-officio case, in the same transaction
    if (d.decision === 'valid') {
      const evidence = lead.evidence as LeadEvidence[]
      await openFromLead(trx, actor, { id, case_id: lead.case_id, evidence }, now)
    }
  })
}
