import { insertAuditEvent } from '../audit/audit.repository.js'
import type { Db } from '../db/database.js'
import type { Deps } from '../deps.js'
import { NotFound, StaleVersion, TransitionRefused } from '../errors.js'
import type { LeadEvidence } from '../leads/lead.table.js'
import { recordedActor, type StaffActor } from '../staff/staff-actor.js'
import { STEPS, type ExOfficioAction } from './ex-officio-stages.js'
import {
  attachLead,
  findCourtCaseHeading,
  insertExOfficioCase,
  lockExOfficioCase,
  lockOpenCaseForCourtCase,
  updateExOfficioStage,
} from './ex-officio.repository.js'
import type { ExOfficioOpen } from './ex-officio.schema.js'

function audit(
  db: Db,
  actor: StaffActor,
  action: Parameters<typeof insertAuditEvent>[1]['action'],
  id: string,
  at: Date,
  details: Record<string, unknown>,
) {
  return insertAuditEvent(db, {
    actor: recordedActor(actor),
    ip: actor.ip,
    action,
    at,
    object: { type: 'ex_officio_case', id },
    result: 'success',
    details,
  })
}

/**
 * A lead judged 有效, inside the decision's transaction: attached to the open ex-officio case of its
 * court case, or a new case 立案 with the lead's evidence as its facts.
 */
export async function openFromLead(
  db: Db,
  actor: StaffActor,
  lead: { id: string; case_id: string; evidence: LeadEvidence[] },
  at: Date,
): Promise<{ caseId: string; opened: boolean }> {
  const open = await lockOpenCaseForCourtCase(db, lead.case_id)
  if (open) {
    await attachLead(db, {
      case_id: open.id,
      lead_id: lead.id,
      attached_by: actor.staff.id,
      attached_at: at,
    })
    await audit(db, actor, 'ex_officio.attach_lead', open.id, at, { leadId: lead.id })
    return { caseId: open.id, opened: false }
  }
  const heading = await findCourtCaseHeading(db, lead.case_id)
  const created = await insertExOfficioCase(db, {
    source: 'lead',
    ground: null,
    court_name: heading.court_name,
    court_case_no: heading.case_no,
    court_case_id: lead.case_id,
    facts: lead.evidence.map((e) => `${e.rule}：${e.evidence}`).join('\n'),
    stage: 'filed',
    opened_by: actor.staff.id,
    opened_at: at,
    updated_at: at,
  })
  await attachLead(db, {
    case_id: created.id,
    lead_id: lead.id,
    attached_by: actor.staff.id,
    attached_at: at,
  })
  await audit(db, actor, 'ex_officio.open', created.id, at, { source: 'lead', leadId: lead.id })
  return { caseId: created.id, opened: true }
}

/** A case opened by hand, with its ground (docs/domain-rules.md §1.11) and how it came to light. */
export async function openByHand(deps: Deps, actor: StaffActor, f: ExOfficioOpen): Promise<string> {
  return deps.db.transaction().execute(async (trx) => {
    const at = deps.clock.now()
    const created = await insertExOfficioCase(trx, {
      source: f.source,
      ground: f.ground,
      court_name: f.courtName,
      court_case_no: f.courtCaseNo,
      court_case_id: null,
      facts: f.facts,
      stage: 'filed',
      opened_by: actor.staff.id,
      opened_at: at,
      updated_at: at,
    })
    await audit(trx, actor, 'ex_officio.open', created.id, at, {
      source: f.source,
      ground: f.ground,
    })
    return created.id
  })
}

/** One step of the case's workflow, refused when the page was stale or the role may not take it. */
export async function actOnExOfficio(
  deps: Deps,
  actor: StaffActor,
  id: string,
  act: { action: ExOfficioAction; version: number; text?: string | undefined },
): Promise<void> {
  const step = STEPS[act.action]
  await deps.db.transaction().execute(async (trx) => {
    const kase = /^[0-9a-f-]{36}$/.test(id) ? await lockExOfficioCase(trx, id) : undefined
    if (!kase) throw new NotFound('没有找到这件依职权案件。')
    if (kase.version !== act.version)
      throw new StaleVersion('案件在您打开页面后已有变化，请刷新后重试。')
    if (!step.from.includes(kase.stage) || !step.by.some((r) => actor.staff.roles.includes(r)))
      throw new TransitionRefused(`案件目前不能“${step.label}”。`)
    const at = deps.clock.now()
    await updateExOfficioStage(trx, id, {
      stage: step.to,
      at,
      ...(step.text && act.text ? { text: { field: step.text.field, value: act.text } } : {}),
    })
    await audit(trx, actor, `ex_officio.${act.action}`, id, at, { from: kase.stage, to: step.to })
  })
}
