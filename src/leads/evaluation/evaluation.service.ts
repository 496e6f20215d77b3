import type { DayInfo } from '../../calendar/workdays.js'
import type { FieldCrypto } from '../../crypto/field-encryption.js'
import type { Db } from '../../db/database.js'
import { todayInChina } from '../../kernel/china-time.js'
import type { LeadEvidence } from '../lead.table.js'
import { loadLeadSettings, type LeadSettings } from '../lead-settings.js'
import { RULES } from '../rules/index.js'
import type { RefKind, RuleContext } from '../rules/rule-types.js'
import { findImportedKinds } from '../reference/reference-match.repository.js'
import { loadPageRefs, refsOf } from '../reference/reference-input.js'
import { caseInputOf, countLoanApplicants, groupBy } from './case-input.js'
import {
  findCasePage,
  findEventsOf,
  findLedgerOf,
  findLoanApplicants,
  findSheetsSent,
  replaceRuleResults,
  type CaseRowForRules,
  type NewRuleResult,
} from './evaluation.repository.js'
import { syncLeads, type LeadCounts } from './lead-sync.service.js'

/** Cases evaluated per round trip: their events and ledger rows are read in one query each. */
const PAGE = 500

export type EvaluationSummary = LeadCounts & {
  cases: number
  raised: Record<string, number>
  unknown: Record<string, number>
}

/**
 * Runs every rule on the stored cases of a court (or of all courts) inside the caller's transaction
 * and records each raised or 无法判断 result (clear is the absence of a row); then keeps one lead per
 * raised case. Evaluated in TypeScript a page of
 * cases at a time: the rules read several sheets and the calendar, which one SQL statement per rule
 * could not share (docs/decisions/060-supervision-leads.md).
 */
export async function evaluateCases(
  db: Db,
  opts: {
    court?: string
    now: Date
    cal: DayInfo
    /** decrypts the identifiers a reference list is matched on */
    crypto: FieldCrypto
    settings?: LeadSettings
    /** the sheets of the batch being confirmed in this transaction (not yet counted as confirmed) */
    confirming?: { court: string; events: boolean; ledger: boolean }
  },
): Promise<EvaluationSummary> {
  const settings = opts.settings ?? (await loadLeadSettings(db))
  const sent = await findSheetsSent(db)
  const c = opts.confirming
  if (c?.events) sent.events.add(c.court)
  if (c?.ledger) sent.ledger.add(c.court)
  const ctx: RuleContext = {
    today: todayInChina(opts.now),
    cal: opts.cal,
    thresholds: settings.thresholds,
    loanCasesByApplicant: countLoanApplicants(await findLoanApplicants(db, opts.court)),
  }
  const run: PageRun = { ctx, sent, kinds: await findImportedKinds(db), crypto: opts.crypto }
  const summary: EvaluationSummary = { cases: 0, raised: {}, unknown: {}, newLeads: 0, reopened: 0 }
  let after: string | null = null
  for (;;) {
    const page = await findCasePage(db, opts.court, after, PAGE)
    if (page.length === 0) break
    const t0 = process.hrtime.bigint()
    const raisedByCase = await evaluatePage(db, page, run, opts.now, summary)
    const t1 = process.hrtime.bigint()
    const counts = await syncLeads(db, page, raisedByCase, settings.weights, opts.now)
    if (process.env.PROF)
      console.log('page', Number(t1 - t0) / 1e6, Number(process.hrtime.bigint() - t1) / 1e6)
    summary.newLeads += counts.newLeads
    summary.reopened += counts.reopened
    summary.cases += page.length
    after = page[page.length - 1]!.id
  }
  return summary
}

type PageRun = {
  ctx: RuleContext
  sent: { events: Set<string>; ledger: Set<string> }
  kinds: ReadonlySet<RefKind>
  crypto: FieldCrypto
}

async function evaluatePage(
  db: Db,
  page: CaseRowForRules[],
  { ctx, sent, kinds, crypto }: PageRun,
  now: Date,
  summary: EvaluationSummary,
): Promise<Map<string, LeadEvidence[]>> {
  const ids = page.map((c) => c.id)
  const events = groupBy(await findEventsOf(db, ids))
  const ledger = groupBy(await findLedgerOf(db, ids))
  const refs = await loadPageRefs(db, crypto, page, kinds)
  const rules = RULES.filter(isRun(kinds))
  const rows: NewRuleResult[] = []
  const raisedByCase = new Map<string, LeadEvidence[]>()
  for (const c of page) {
    const has = { events: sent.events.has(c.court_code), ledger: sent.ledger.has(c.court_code) }
    const input = caseInputOf(c, events.get(c.id), ledger.get(c.id), has, refsOf(refs, c.id, kinds))
    const raised: LeadEvidence[] = []
    for (const rule of rules) {
      const r = rule.evaluate(input, ctx)
      const base = { case_id: c.id, rule_id: rule.id, batch_id: c.batch_id, evaluated_at: now }
      if (r.outcome === 'raised') {
        raised.push({ rule: rule.id, evidence: r.evidence, fingerprint: r.fingerprint })
        summary.raised[rule.id] = (summary.raised[rule.id] ?? 0) + 1
      }
      if (r.outcome === 'unknown') summary.unknown[rule.id] = (summary.unknown[rule.id] ?? 0) + 1
      if (r.outcome === 'clear') continue
      rows.push({
        ...base,
        outcome: r.outcome,
        evidence: r.outcome === 'raised' ? r.evidence : null,
        missing: r.outcome === 'unknown' ? JSON.stringify(r.missing) : null,
      })
    }
    raisedByCase.set(c.id, raised)
  }
  await replaceRuleResults(db, ids, rows)
  return raisedByCase
}

/**
 * A rule comparing with reference lists is not run while none of its lists is imported: every case
 * would be 无法判断 for the same reason, which the import report and the rules page say once
 * (docs/decisions/096-reference-lists.md) instead of a row per case.
 */
export const isRun =
  (kinds: ReadonlySet<RefKind>) =>
  (rule: (typeof RULES)[number]): boolean =>
    !rule.needs.lists || rule.needs.lists.some((k) => kinds.has(k))
