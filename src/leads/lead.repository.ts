import type { Db } from '../db/database.js'
import type { LeadEvidence, LeadStatus } from './lead.table.js'

export async function findLeadsOfCases(db: Db, caseIds: string[]) {
  if (caseIds.length === 0) return []
  return db
    .selectFrom('leads')
    .select(['id', 'case_id', 'status', 'evidence', 'evidence_hash', 'decided_hash', 'severity'])
    .where('case_id', 'in', caseIds)
    .execute()
}

export type LeadValues = {
  severity: number
  evidence: LeadEvidence[]
  evidence_hash: string
  unpaid_amount: string | null
  batch_id: string
  updated_at: Date
}

const jsonOf = (v: LeadValues) => ({
  severity: v.severity,
  evidence: JSON.stringify(v.evidence),
  rule_ids: JSON.stringify(v.evidence.map((e) => e.rule)),
  evidence_hash: v.evidence_hash,
  unpaid_amount: v.unpaid_amount,
  unpaid_sort: v.unpaid_amount ?? '0',
  batch_id: v.batch_id,
  updated_at: v.updated_at,
})

export async function insertLeads(
  db: Db,
  rows: (LeadValues & { case_id: string; court_code: string })[],
): Promise<void> {
  if (rows.length === 0) return
  await db
    .insertInto('leads')
    .values(
      rows.map((r) => ({
        ...jsonOf(r),
        case_id: r.case_id,
        court_code: r.court_code,
        status: 'pending' as const,
        first_raised_at: r.updated_at,
      })),
    )
    .execute()
}

export async function updateLeadEvidence(
  db: Db,
  id: string,
  values: LeadValues & { status: LeadStatus; change_note?: string | null },
): Promise<void> {
  const { status, change_note, ...rest } = values
  await db
    .updateTable('leads')
    .set((eb) => ({
      ...jsonOf(rest),
      status,
      ...(change_note !== undefined ? { change_note } : {}),
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .execute()
}

/** Severity only (weights changed, evidence did not). */
export async function updateLeadSeverity(db: Db, id: string, severity: number): Promise<void> {
  await db.updateTable('leads').set({ severity }).where('id', '=', id).execute()
}
