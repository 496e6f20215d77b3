import type { DayInfo } from '../../calendar/workdays.js'
import type { CalendarDate } from '../../calendar/calendar-date.js'
import type { BasisKey } from '../../kernel/legal-bases.js'

/** A court case as the rules see it: imported values, null where the court sent none. */
export type CaseFacts = {
  caseNo: string
  caseKind: string | null
  receivedDate: CalendarDate | null
  filingDate: CalendarDate | null
  cause: string | null
  applicants: string[]
  /** 被执行人 names as the court wrote them (X05B, X09, X11–X13, X15, X16 match lists on them) */
  respondents: string[]
  respondentType: string | null
  basisType: string | null
  basisEffectiveDate: CalendarDate | null
  claimAmount: number | null
  paidAmount: number | null
  unpaidAmount: number | null
  closingMethod: string | null
  closingDate: CalendarDate | null
  applicantRequestedZb: boolean | null
  excludedDays: number | null
}

export type EventFact = {
  type: string
  date: CalendarDate
  endDate: CalendarDate | null
  amount: number | null
  scope: string | null
  note: string | null
}

export type LedgerFact = {
  direction: string
  date: CalendarDate
  amount: number
  txnNo: string | null
  deferReason: string | null
}

/** The kinds of reference lists an admin imports (docs/decisions/096-reference-lists.md). */
export type RefKind =
  'dishonest' | 'restriction' | 'zb_public' | 'death' | 'bankruptcy' | 'travel' | 'property'

/**
 * An entry of an imported reference list already matched to one of the case's 被执行人 (name plus
 * identifier, never a masked number alone: party-match.ts). `date` is the kind's main date: 发布 /
 * 限制 / 死亡 / 破产 / 出行 / 变动; `endDate` its 解除 / 删除 / 届满 date.
 */
export type RefEntry = {
  kind: RefKind
  party: string
  caseNo: string | null
  date: CalendarDate
  endDate: CalendarDate | null
  termYears: number | null
  category: string | null
  detail: string | null
  extra: string | null
  direction: 'in' | 'out' | null
  counterparty: string | null
  amount: number | null
  list: { source: string; obtainedOn: CalendarDate }
}

/**
 * What the imported reference lists say about a case: `imported` are the kinds of which an active list
 * exists (a rule needing a kind not imported answers 无法判断); `entries` those matched to the case;
 * `resumedBy` the 恢复执行 case that followed this one (X05B), if the court's data has one.
 */
export type RefFacts = {
  imported: ReadonlySet<RefKind>
  entries: RefEntry[]
  resumedBy: string | null
}

export const NO_REFS: RefFacts = { imported: new Set(), entries: [], resumedBy: null }

/**
 * One case with what the court sent about it. `events` / `ledger` are null when the court has never
 * sent that sheet: a rule that needs it then answers 无法判断, never "no 执行通知 was issued".
 */
export type CaseInput = {
  facts: CaseFacts
  events: EventFact[] | null
  ledger: LedgerFact[] | null
  refs: RefFacts
}

/** Values of the admin-editable thresholds, by key (`X01.months`); defaults in thresholds.ts. */
export type Thresholds = Readonly<Record<string, number>>

export type RuleContext = {
  today: CalendarDate
  cal: DayInfo
  thresholds: Thresholds
  /** X17A: 民间借贷 execution cases per applicant name, over the cases evaluated together. */
  loanCasesByApplicant: ReadonlyMap<string, number>
}

export type RuleResult =
  /**
   * `fingerprint`: what identifies the finding across evaluations. The evidence may name today's
   * date ("至 2025-01-10 仍无查询记录"); the fingerprint leaves it out, so a lead judged 无效 is not
   * raised again only because a day passed (docs/decisions/060-supervision-leads.md).
   */
  | { outcome: 'raised'; evidence: string; fingerprint: string }
  | { outcome: 'clear' }
  | { outcome: 'unknown'; missing: string[] }

export type ThresholdDef = {
  key: string
  label: string
  unit: string
  /** the national default of docs/domain-rules.md §3.7 */
  default: number
  min: number
  max: number
  /** why the default is what it is, when it is not a statute's number */
  note?: string
}

/** What an import must carry for the rule to be evaluable (for the report's "rules not evaluable"). */
export type RuleNeeds = {
  cases: string[]
  events?: true
  ledger?: true
  /** reference lists, any one of which makes the rule evaluable; with none imported it is not run */
  lists?: RefKind[]
}

export type Rule = {
  id: string
  name: string
  /** the fields it reads, as the import names them */
  fields: string[]
  needs: RuleNeeds
  thresholds: ThresholdDef[]
  bases: BasisKey[]
  /** a basis with no article in the table (a notice, an opinion), written out */
  basisNote?: string
  /** default weight in a lead's severity */
  weight: number
  evaluate(input: CaseInput, ctx: RuleContext): RuleResult
}

export const raised = (evidence: string, fingerprint = evidence): RuleResult => ({
  outcome: 'raised',
  evidence,
  fingerprint,
})
export const clear: RuleResult = { outcome: 'clear' }
export const unknown = (...missing: string[]): RuleResult => ({ outcome: 'unknown', missing })
