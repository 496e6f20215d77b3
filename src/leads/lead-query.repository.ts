import { sql } from 'kysely'
import type { Db } from '../db/database.js'
import type { LeadStatus } from './lead.table.js'

export type LeadFilter = {
  rule?: string | undefined
  court?: string | undefined
  batch?: string | undefined
  /** inclusive lower and exclusive upper severity of a band */
  severity?: { min: number; below?: number } | undefined
  status?: LeadStatus | undefined
}

export type LeadCursor = { severity: number; unpaid: string; id: string }

/**
 * A page of leads, highest severity first, then the largest unpaid amount, then id: a keyset on
 * that triple (index leads_order_idx), so page 500 costs what page 1 does.
 */
export async function findLeadPage(
  db: Db,
  f: LeadFilter,
  after: LeadCursor | undefined,
  limit: number,
) {
  let q = db
    .selectFrom('leads as l')
    .innerJoin('court_cases as c', 'c.id', 'l.case_id')
    .innerJoin('exchange_batches as b', 'b.id', 'l.batch_id')
    .select([
      'l.id',
      'l.case_id',
      'l.status',
      'l.severity',
      'l.rule_ids',
      'l.unpaid_amount',
      'l.unpaid_sort',
      'l.change_note',
      'c.case_no',
      'c.filing_date',
      'c.closing_method',
      'b.court_name',
    ])
    .orderBy('l.severity', 'desc')
    .orderBy('l.unpaid_sort', 'desc')
    .orderBy('l.id', 'desc')
    .limit(limit)
  if (f.status) q = q.where('l.status', '=', f.status)
  else q = q.where('l.status', '!=', 'cleared')
  if (f.court) q = q.where('l.court_code', '=', f.court)
  if (f.batch) q = q.where('l.batch_id', '=', f.batch)
  if (f.rule) q = q.where(sql<boolean>`l.rule_ids @> ${JSON.stringify([f.rule])}::jsonb`)
  if (f.severity) {
    q = q.where('l.severity', '>=', f.severity.min)
    if (f.severity.below !== undefined) q = q.where('l.severity', '<', f.severity.below)
  }
  if (after) {
    q = q.where(
      sql<boolean>`(l.severity, l.unpaid_sort, l.id) < (${after.severity}, ${after.unpaid}::numeric, ${after.id}::uuid)`,
    )
  }
  return q.execute()
}

export type LeadListRow = Awaited<ReturnType<typeof findLeadPage>>[number]

/** The courts and recent batches that have leads, for the filter lists. */
export async function findLeadFilterOptions(db: Db) {
  const courts = await db
    .selectFrom('exchange_batches')
    .select(['court_code', sql<string>`max(court_name)`.as('court_name')])
    .where('status', '=', 'confirmed')
    .groupBy('court_code')
    .orderBy('court_code')
    .execute()
  const batches = await db
    .selectFrom('exchange_batches')
    .select(['id', 'court_name', 'file_name', 'confirmed_at'])
    .where('status', '=', 'confirmed')
    .orderBy('confirmed_at', 'desc')
    .limit(50)
    .execute()
  return { courts, batches }
}

export async function findLead(db: Db, id: string) {
  return db
    .selectFrom('leads as l')
    .innerJoin('court_cases as c', 'c.id', 'l.case_id')
    .innerJoin('exchange_batches as b', 'b.id', 'l.batch_id')
    .leftJoin('staff_accounts as s', 's.id', 'l.decided_by')
    .select([
      'l.id',
      'l.case_id',
      'l.court_code',
      'l.status',
      'l.severity',
      'l.evidence',
      'l.unpaid_amount',
      'l.change_note',
      'l.decision_reason',
      'l.decision_note',
      'l.decided_at',
      'l.first_raised_at',
      'l.updated_at',
      'l.version',
      'c.case_no',
      'c.filing_date',
      'c.closing_method',
      'c.closing_date',
      'c.claim_amount',
      'c.paid_amount',
      'b.court_name',
      'b.file_name',
      's.display_name as decided_by_name',
    ])
    .where('l.id', '=', id)
    .executeTakeFirst()
}

export async function lockLead(db: Db, id: string) {
  return db
    .selectFrom('leads')
    .select(['id', 'case_id', 'status', 'version', 'evidence_hash', 'evidence'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst()
}

export async function recordDecision(
  db: Db,
  id: string,
  d: {
    status: 'valid' | 'invalid'
    reason: string
    note: string | null
    by: string
    at: Date
    hash: string
  },
): Promise<void> {
  await db
    .updateTable('leads')
    .set((eb) => ({
      status: d.status,
      decision_reason: d.reason,
      decision_note: d.note,
      decided_by: d.by,
      decided_at: d.at,
      decided_hash: d.hash,
      change_note: null,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .execute()
}

/** The cases a rule raised, newest evaluation first (the rule page), keyset on case id. */
export async function findRaisedCases(
  db: Db,
  ruleId: string,
  after: string | undefined,
  limit: number,
) {
  let q = db
    .selectFrom('rule_results as r')
    .innerJoin('court_cases as c', 'c.id', 'r.case_id')
    .leftJoin('leads as l', 'l.case_id', 'r.case_id')
    .select(['r.case_id', 'r.evidence', 'c.case_no', 'l.id as lead_id', 'l.status as lead_status'])
    .where('r.rule_id', '=', ruleId)
    .where('r.outcome', '=', 'raised')
    .orderBy('r.case_id')
    .limit(limit)
  if (after) q = q.where('r.case_id', '>', after)
  return q.execute()
}

export async function countResultsByRule(db: Db) {
  return db
    .selectFrom('rule_results')
    .select(['rule_id', 'outcome', (eb) => eb.fn.countAll<string>().as('n')])
    .groupBy(['rule_id', 'outcome'])
    .execute()
}
