import type { CaseInput, EventFact, LedgerFact, RefFacts } from '../rules/rule-types.js'
import type { CaseRowForRules } from './evaluation.repository.js'

type EventRow = {
  case_id: string
  event_type: string
  event_date: string
  end_date: string | null
  amount: string | null
  scope: string | null
  note: string | null
}
type LedgerRow = {
  case_id: string
  direction: string
  txn_date: string
  amount: string
  txn_no: string | null
  defer_reason: string | null
}

const num = (v: string | null) => (v === null ? null : Number(v))
const names = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : [])

export function groupBy<T extends { case_id: string }>(rows: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const r of rows) {
    const list = out.get(r.case_id)
    if (list) list.push(r)
    else out.set(r.case_id, [r])
  }
  return out
}

/**
 * The rules' view of a stored case. A court that never sent an events (or ledger) sheet gives null,
 * so the rules needing it answer 无法判断; a court that did gives the case's rows, possibly none.
 */
export function caseInputOf(
  c: CaseRowForRules,
  events: EventRow[] | undefined,
  ledger: LedgerRow[] | undefined,
  sent: { events: boolean; ledger: boolean },
  refs: RefFacts,
): CaseInput {
  return {
    facts: {
      caseNo: c.case_no,
      caseKind: c.case_kind,
      receivedDate: c.received_date,
      filingDate: c.filing_date,
      cause: c.cause,
      applicants: names(c.applicants),
      respondents: names(c.respondents),
      respondentType: c.respondent_type,
      basisType: c.basis_type,
      basisEffectiveDate: c.basis_effective_date,
      claimAmount: num(c.claim_amount),
      paidAmount: num(c.paid_amount),
      unpaidAmount: num(c.unpaid_amount),
      closingMethod: c.closing_method,
      closingDate: c.closing_date,
      applicantRequestedZb: c.applicant_requested_zb,
      excludedDays: c.excluded_days,
    },
    events: sent.events ? (events ?? []).map(eventFact) : null,
    ledger: sent.ledger ? (ledger ?? []).map(ledgerFact) : null,
    refs,
  }
}

function eventFact(e: EventRow): EventFact {
  return {
    type: e.event_type,
    date: e.event_date,
    endDate: e.end_date,
    amount: num(e.amount),
    scope: e.scope,
    note: e.note,
  }
}

function ledgerFact(l: LedgerRow): LedgerFact {
  return {
    direction: l.direction,
    date: l.txn_date,
    amount: Number(l.amount),
    txnNo: l.txn_no,
    deferReason: l.defer_reason,
  }
}

/** 民间借贷 cases per applicant name (X17A). */
export function countLoanApplicants(rows: { applicants: unknown }[]): Map<string, number> {
  const out = new Map<string, number>()
  for (const r of rows)
    for (const a of new Set(names(r.applicants))) out.set(a, (out.get(a) ?? 0) + 1)
  return out
}
