import type { RuleSummary } from '../../views/pages/staff/leads/lead-rules.js'
import type { Deps } from '../deps.js'
import { NotFound } from '../errors.js'
import { countResultsByRule, findRaisedCases } from './lead-query.repository.js'
import { loadLeadSettings, type LeadSettings } from './lead-settings.js'
import { basisText } from './lead-view.service.js'
import { STATUS_LABEL } from './lead.schema.js'
import { findRule, RULES, RULES_LEFT_OUT } from './rules/index.js'
import type { RefKind, Rule } from './rules/rule-types.js'
import { LIST_NAMES } from './rules/ref-helpers.js'
import { isRun } from './evaluation/evaluation.service.js'
import { findImportedKinds } from './reference/reference-match.repository.js'

const PAGE = 100

function summaryOf(
  rule: Rule,
  s: LeadSettings,
  counts: Map<string, number>,
  kinds: ReadonlySet<RefKind>,
): RuleSummary {
  return {
    id: rule.id,
    name: rule.name,
    fields: rule.fields.join('、'),
    thresholds: rule.thresholds.map(
      (t) =>
        `${t.label}：${s.thresholds[t.key]}${t.unit}（默认 ${t.default}${t.unit}）${t.note ? `。${t.note}` : ''}`,
    ),
    basis: basisText(rule),
    raised: counts.get(`${rule.id}|raised`) ?? 0,
    unknown: counts.get(`${rule.id}|unknown`) ?? 0,
    notRun: isRun(kinds)(rule)
      ? null
      : `未评估：尚未导入${rule.needs.lists!.map((k) => LIST_NAMES[k]).join('或')}`,
  }
}

async function counts(deps: Deps): Promise<Map<string, number>> {
  const rows = await countResultsByRule(deps.db)
  return new Map(rows.map((r) => [`${r.rule_id}|${r.outcome}`, Number(r.n)]))
}

export async function rulesOverview(deps: Deps) {
  const [s, c, k] = [
    await loadLeadSettings(deps.db),
    await counts(deps),
    await findImportedKinds(deps.db),
  ]
  return { rules: RULES.map((r) => summaryOf(r, s, c, k)), leftOut: [...RULES_LEFT_OUT] }
}

export async function rulePage(deps: Deps, id: string, after: string | undefined) {
  const rule = findRule(id)
  if (!rule) throw new NotFound('没有这条规则。')
  const [s, c, k] = [
    await loadLeadSettings(deps.db),
    await counts(deps),
    await findImportedKinds(deps.db),
  ]
  const rows = await findRaisedCases(deps.db, rule.id, after, PAGE + 1)
  const page = rows.slice(0, PAGE)
  return {
    rule: summaryOf(rule, s, c, k),
    cases: page.map((r) => ({
      caseId: r.case_id,
      caseNo: r.case_no,
      evidence: r.evidence ?? '',
      leadId: r.lead_id,
      leadStatus: r.lead_status ? STATUS_LABEL[r.lead_status] : '',
    })),
    nextAfter: rows.length > PAGE ? page[page.length - 1]!.case_id : undefined,
    firstPage: !after,
    leftOut: [...RULES_LEFT_OUT],
  }
}
