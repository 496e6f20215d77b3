import type { ExOfficioCaseView } from '../../views/pages/staff/ex-officio/ex-officio-case.js'
import type { Deps } from '../deps.js'
import { NotFound } from '../errors.js'
import { formatChineseDateTime } from '../kernel/china-time.js'
import type { LeadEvidence } from '../leads/lead.table.js'
import { findRule } from '../leads/rules/index.js'
import type { StaffRole } from '../staff/staff-account.table.js'
import {
  actionsFor,
  caseNumberOf,
  GROUND_LABEL,
  SOURCE_LABEL,
  STAGE_LABEL,
  STEPS,
} from './ex-officio-stages.js'
import {
  findCaseLeads,
  findExOfficioCase,
  findLeadCase,
  findOpenExOfficioCases,
} from './ex-officio.repository.js'

export async function exOfficioCaseView(
  deps: Deps,
  id: string,
  roles: readonly StaffRole[],
): Promise<ExOfficioCaseView> {
  const k = /^[0-9a-f-]{36}$/.test(id) ? await findExOfficioCase(deps.db, id) : undefined
  if (!k) throw new NotFound('没有找到这件依职权案件。')
  const leads = await findCaseLeads(deps.db, id)
  return {
    id: k.id,
    number: caseNumberOf(k.serial, k.opened_at),
    stage: STAGE_LABEL[k.stage],
    origin: SOURCE_LABEL[k.source],
    ground: k.ground ? GROUND_LABEL[k.ground] : '由监督线索发现，情形待承办检察官审查后写明',
    court: k.court_name,
    courtCaseNo: k.court_case_no,
    courtCaseId: k.court_case_id,
    facts: k.facts,
    recommendation: k.recommendation,
    terminationReason: k.termination_reason,
    openedBy: k.opened_by_name,
    openedAt: formatChineseDateTime(k.opened_at),
    version: k.version,
    leads: leads.map((l) => ({
      id: l.id,
      rules: (l.evidence as LeadEvidence[])
        .map((e) => `${e.rule} ${findRule(e.rule)?.name ?? ''}`)
        .join('、'),
    })),
    actions: actionsFor(k.stage, roles).map((a) => ({
      action: a,
      label: STEPS[a].label,
      textLabel: STEPS[a].text?.label,
    })),
  }
}

/** The queue page's section of open ex-officio cases. */
export async function exOfficioQueueItems(deps: Deps) {
  const rows = await findOpenExOfficioCases(deps.db)
  return rows.map((r) => ({
    id: r.id,
    number: caseNumberOf(r.serial, r.opened_at),
    origin: SOURCE_LABEL[r.source],
    court: r.court_name,
    courtCaseNo: r.court_case_no,
    stage: STAGE_LABEL[r.stage],
    assignee: r.assignee_name ?? '未分派',
    leads: r.leads,
  }))
}

/** The case a lead joined, for the lead page's link. */
export async function caseOfLead(deps: Deps, leadId: string) {
  const k = await findLeadCase(deps.db, leadId)
  return k
    ? { id: k.id, number: caseNumberOf(k.serial, k.opened_at), stage: STAGE_LABEL[k.stage] }
    : undefined
}
