import { sql } from 'kysely'
import type { Db } from '../../db/database.js'

const CASE_COLUMNS = [
  'id',
  'court_code',
  'case_no',
  'case_kind',
  'received_date',
  'filing_date',
  'cause',
  'applicants',
  'respondents',
  'respondent_type',
  'basis_type',
  'basis_doc_no',
  'basis_effective_date',
  'claim_amount',
  'paid_amount',
  'unpaid_amount',
  'closing_method',
  'closing_date',
  'applicant_requested_zb',
  'excluded_days',
  'batch_id',
] as const

/** A page of a court's cases (or all courts' when `court` is undefined), in id order. */
export async function findCasePage(
  db: Db,
  court: string | undefined,
  after: string | null,
  limit: number,
) {
  let q = db.selectFrom('court_cases').select(CASE_COLUMNS).orderBy('id').limit(limit)
  if (court !== undefined) q = q.where('court_code', '=', court)
  if (after !== null) q = q.where('id', '>', after)
  return q.execute()
}

export type CaseRowForRules = Awaited<ReturnType<typeof findCasePage>>[number]

export async function findEventsOf(db: Db, caseIds: string[]) {
  if (caseIds.length === 0) return []
  return db
    .selectFrom('court_case_events')
    .select(['case_id', 'event_type', 'event_date', 'end_date', 'amount', 'scope', 'note'])
    .where('case_id', 'in', caseIds)
    .execute()
}

export async function findLedgerOf(db: Db, caseIds: string[]) {
  if (caseIds.length === 0) return []
  return db
    .selectFrom('court_ledger_rows')
    .select(['case_id', 'direction', 'txn_date', 'amount', 'txn_no', 'defer_reason'])
    .where('case_id', 'in', caseIds)
    .execute()
}

/**
 * The courts whose confirmed batches ever carried an events sheet, and a ledger sheet (the roles
 * the batch preview recognised, whether from a profile or from the headers).
 */
export async function findSheetsSent(
  db: Db,
): Promise<{ events: Set<string>; ledger: Set<string> }> {
  const role = (r: string) =>
    sql<boolean>`bool_or(exists (select 1 from jsonb_array_elements(preview->'sheets') s where s->>'role' = ${r}))`
  const rows = await db
    .selectFrom('exchange_batches')
    .select(['court_code', role('events').as('events'), role('ledger').as('ledger')])
    .where('status', '=', 'confirmed')
    .groupBy('court_code')
    .execute()
  return {
    events: new Set(rows.filter((r) => r.events).map((r) => r.court_code)),
    ledger: new Set(rows.filter((r) => r.ledger).map((r) => r.court_code)),
  }
}

/** 民间借贷 cases' applicants, for the X17A count (per court when `court` is given). */
export async function findLoanApplicants(db: Db, court: string | undefined) {
  let q = db.selectFrom('court_cases').select(['applicants']).where('cause', 'like', '%民间借贷%')
  if (court !== undefined) q = q.where('court_code', '=', court)
  return q.execute()
}

export type NewRuleResult = {
  case_id: string
  rule_id: string
  outcome: 'raised' | 'clear' | 'unknown'
  evidence: string | null
  missing: string | null
  batch_id: string
  evaluated_at: Date
}

/**
 * Makes the stored results of these cases equal `rows`, writing only what changed: the page's
 * results are read (one indexed read), and only those gone, new or different (outcome, evidence,
 * missing fields, batch) are deleted or upserted. Re-evaluating a court after an import — every case,
 * most unchanged — then costs a read instead of rewriting every row (bench/leads.ts); an unchanged
 * result keeps its `evaluated_at`, the time it was first found as it stands. Only raised and
 * 无法判断 results are rows: a rule with no row for an evaluated case was clear.
 */
export async function replaceRuleResults(
  db: Db,
  caseIds: string[],
  rows: NewRuleResult[],
): Promise<void> {
  if (caseIds.length === 0) return
  const stored = await db
    .selectFrom('rule_results')
    .select(['case_id', 'rule_id', 'outcome', 'evidence', 'missing', 'batch_id'])
    .where('case_id', 'in', caseIds)
    .execute()
  const key = (r: { case_id: string; rule_id: string }) => `${r.case_id}|${r.rule_id}`
  const before = new Map(stored.map((r) => [key(r), r]))
  const wanted = new Set(rows.map(key))
  const changed = rows.filter((r) => {
    const old = before.get(key(r))
    return (
      !old ||
      old.outcome !== r.outcome ||
      old.evidence !== r.evidence ||
      old.batch_id !== r.batch_id ||
      (old.missing === null ? null : JSON.stringify(old.missing)) !== r.missing
    )
  })
  const gone = stored.filter((r) => !wanted.has(key(r)))
  if (gone.length)
    await sql`
      delete from rule_results r using unnest(${gone.map((g) => g.case_id)}::uuid[],
        ${gone.map((g) => g.rule_id)}::text[]) as g(case_id, rule_id)
      where r.case_id = g.case_id and r.rule_id = g.rule_id`.execute(db)
  if (changed.length === 0) return
  const col = <K extends keyof NewRuleResult>(k: K) => changed.map((r) => r[k])
  await sql`
    insert into rule_results (case_id, rule_id, outcome, evidence, missing, batch_id, evaluated_at)
    select * from unnest(
      ${col('case_id')}::uuid[], ${col('rule_id')}::text[], ${col('outcome')}::text[],
      ${col('evidence')}::text[], ${col('missing')}::jsonb[], ${col('batch_id')}::uuid[],
      ${col('evaluated_at')}::timestamptz[]
    )
    on conflict (case_id, rule_id) do update
      set outcome = excluded.outcome, evidence = excluded.evidence, missing = excluded.missing,
        batch_id = excluded.batch_id, evaluated_at = excluded.evaluated_at`.execute(db)
}

export async function countRaisedResults(db: Db): Promise<number> {
  const row = await db
    .selectFrom('rule_results')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('outcome', '=', 'raised')
    .executeTakeFirstOrThrow()
  return Number(row.n)
}
