import { daysBetween } from '../calendar/calendar-date.js'
import type { Deps } from '../deps.js'
import { NotFound } from '../errors.js'
import { formatChineseDateTime, todayInChina } from '../kernel/china-time.js'
import { cite } from '../kernel/legal-bases.js'
import { bandOf, SEVERITY_BANDS } from './lead-settings.js'
import {
  findLead,
  findLeadFilterOptions,
  findLeadPage,
  type LeadCursor,
  type LeadListRow,
} from './lead-query.repository.js'
import { STATUS_LABEL, type LeadFilterForm } from './lead.schema.js'
import type { LeadEvidence } from './lead.table.js'
import { findRule, RULES } from './rules/index.js'
import type { Rule } from './rules/rule-types.js'

export const LEAD_PAGE_SIZE = 50

export type LeadListItem = {
  id: string
  caseNo: string
  court: string
  severity: number
  band: string
  rules: string
  unpaid: string
  age: string
  status: string
  changed: boolean
}

/** 1234.5 → 1,234.50 元; unknown → — */
export function yuanText(v: string | null): string {
  if (v === null) return '—'
  return `${Number(v).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} 元`
}

function ageText(filing: string | null, today: string): string {
  return filing ? `${daysBetween(filing, today)} 日` : '—'
}

export async function listLeads(deps: Deps, f: LeadFilterForm) {
  const band = SEVERITY_BANDS.findIndex((b) => b.key === f.severity)
  const severity =
    band < 0
      ? undefined
      : {
          min: SEVERITY_BANDS[band]!.min,
          ...(band > 0 ? { below: SEVERITY_BANDS[band - 1]!.min } : {}),
        }
  // the page and the filter lists are independent: on a pool their round trips overlap
  const [rows, options] = await Promise.all([
    findLeadPage(
      deps.db,
      { rule: f.rule, court: f.court, batch: f.batch, status: f.status, severity },
      cursorOf(f.after),
      LEAD_PAGE_SIZE + 1,
    ),
    filterOptions(deps),
  ])
  const today = todayInChina(deps.clock.now())
  const page = rows.slice(0, LEAD_PAGE_SIZE)
  const last = page[page.length - 1]
  return {
    items: page.map((r) => itemOf(r, today)),
    nextAfter:
      rows.length > LEAD_PAGE_SIZE && last
        ? `${last.severity}~${Number(last.unpaid_sort)}~${last.id}`
        : undefined,
    options,
  }
}

function cursorOf(after: string | undefined): LeadCursor | undefined {
  if (!after) return undefined
  const [severity, unpaid, id] = after.split('~') as [string, string, string]
  return { severity: Number(severity), unpaid, id }
}

function itemOf(r: LeadListRow, today: string): LeadListItem {
  const ids = r.rule_ids as string[]
  return {
    id: r.id,
    caseNo: r.case_no,
    court: r.court_name,
    severity: r.severity,
    band: bandOf(r.severity).label,
    rules: ids.map((id) => `${id} ${findRule(id)?.name ?? ''}`).join('、'),
    unpaid: yuanText(r.unpaid_amount),
    age: ageText(r.filing_date, today),
    status: STATUS_LABEL[r.status],
    changed: r.change_note !== null,
  }
}

async function filterOptions(deps: Deps) {
  const { courts, batches } = await findLeadFilterOptions(deps.db)
  return {
    rules: RULES.map((r) => ({ value: r.id, label: `${r.id} ${r.name}` })),
    courts: courts.map((c) => ({ value: c.court_code, label: c.court_name })),
    batches: batches.map((b) => ({
      value: b.id,
      label: `${b.court_name}：${b.file_name}（${b.confirmed_at ? formatChineseDateTime(b.confirmed_at) : ''}）`,
    })),
    severities: SEVERITY_BANDS.map((b) => ({ value: b.key, label: b.label })),
    statuses: Object.entries(STATUS_LABEL).map(([value, label]) => ({ value, label })),
  }
}

/** The basis line of a rule: its table rows cited, then any note for what has no verified article. */
export function basisText(rule: Rule): string {
  const cited = rule.bases.map((k) => cite(k))
  return [...cited, ...(rule.basisNote ? [rule.basisNote] : [])].join('；')
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

export async function leadDetail(deps: Deps, id: string) {
  const lead = UUID.test(id) ? await findLead(deps.db, id) : undefined
  if (!lead) throw new NotFound('没有找到这条线索。')
  const today = todayInChina(deps.clock.now())
  const evidence = (lead.evidence as LeadEvidence[]).map((e) => {
    const rule = findRule(e.rule)
    return {
      rule: e.rule,
      name: rule?.name ?? '',
      evidence: e.evidence,
      basis: rule ? basisText(rule) : '',
    }
  })
  return {
    id: lead.id,
    caseId: lead.case_id,
    caseNo: lead.case_no,
    court: lead.court_name,
    fileName: lead.file_name,
    status: lead.status,
    statusLabel: STATUS_LABEL[lead.status],
    severity: lead.severity,
    band: bandOf(lead.severity).label,
    unpaid: yuanText(lead.unpaid_amount),
    claim: yuanText(lead.claim_amount),
    paid: yuanText(lead.paid_amount),
    filingDate: lead.filing_date ?? '—',
    age: ageText(lead.filing_date, today),
    closing: `${lead.closing_method ?? '—'}${lead.closing_date ? `（${lead.closing_date}）` : ''}`,
    evidence,
    changeNote: lead.change_note,
    decision: lead.decided_at
      ? {
          reason: lead.decision_reason ?? '',
          note: lead.decision_note,
          by: lead.decided_by_name ?? '',
          at: formatChineseDateTime(lead.decided_at),
        }
      : undefined,
    firstRaised: formatChineseDateTime(lead.first_raised_at),
    version: lead.version,
  }
}

export type LeadDetailView = Awaited<ReturnType<typeof leadDetail>>
export type LeadListView = Awaited<ReturnType<typeof listLeads>>
