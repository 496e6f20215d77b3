import crypto from 'node:crypto'
import type { CaseRecord } from './row-records.js'

/** Record value key → court_cases column, in the order the content hash reads them. */
export const CASE_COLUMNS = {
  caseKind: 'case_kind',
  priorCaseNo: 'prior_case_no',
  receivedDate: 'received_date',
  filingDate: 'filing_date',
  cause: 'cause',
  applicants: 'applicants',
  respondents: 'respondents',
  respondentType: 'respondent_type',
  basisType: 'basis_type',
  basisDocNo: 'basis_doc_no',
  basisIssuer: 'basis_issuer',
  basisEffectiveDate: 'basis_effective_date',
  claimAmount: 'claim_amount',
  paidAmount: 'paid_amount',
  unpaidAmount: 'unpaid_amount',
  closingMethod: 'closing_method',
  closingMethodRaw: 'closing_method_raw',
  closingDate: 'closing_date',
  closingReason: 'closing_reason',
  applicantRequestedZb: 'applicant_requested_zb',
  judge: 'judge',
  status: 'status',
  excludedDays: 'excluded_days',
} as const

export type CaseColumn = (typeof CASE_COLUMNS)[keyof typeof CASE_COLUMNS]

/** A stored or parsed value as the field history and the case page write it. */
export function historyText(value: unknown): string | null {
  if (value === null || value === undefined) return null
  if (Array.isArray(value)) return value.join('、')
  if (typeof value === 'boolean') return value ? '是' : '否'
  return String(value)
}

/** The field name the history shows for an identifier change (values masked, never in clear). */
export const IDENTIFIERS_FIELD = 'respondentIds'

/** The case's columns from a parsed record (JSON arrays as text for jsonb on both drivers). */
export function caseColumns(record: CaseRecord): Record<CaseColumn, unknown> {
  const out = {} as Record<CaseColumn, unknown>
  for (const [key, column] of Object.entries(CASE_COLUMNS)) {
    const v = record.values[key] ?? null
    out[column as CaseColumn] = Array.isArray(v) ? JSON.stringify(v) : v
  }
  if (out.applicants === null) out.applicants = '[]'
  if (out.respondents === null) out.respondents = '[]'
  return out
}

/** SHA-256 over every field (identifiers by their keyed hash): equal rows are "unchanged". */
export function caseContentHash(record: CaseRecord, idHashes: string[]): string {
  const values = Object.keys(CASE_COLUMNS).map((k) => historyText(record.values[k] ?? null))
  return crypto
    .createHash('sha256')
    .update(JSON.stringify([values, idHashes]))
    .digest('hex')
}

export function rowHash(values: unknown[]): string {
  return crypto.createHash('sha256').update(JSON.stringify(values)).digest('hex')
}
