import type { Db } from '../../db/database.js'
import type { LeadEvidence } from '../lead.table.js'
import {
  findLeadsOfCases,
  insertLeads,
  updateLeadEvidence,
  updateLeadSeverity,
  type LeadValues,
} from '../lead.repository.js'
import { evidenceHash, leadChange, type ExistingLead } from '../lead-sync.js'
import type { CaseRowForRules } from './evaluation.repository.js'

export type LeadCounts = { newLeads: number; reopened: number }

/** One lead per case some rule raised: new ones inserted, changed ones updated (lead-sync.ts). */
export async function syncLeads(
  db: Db,
  page: CaseRowForRules[],
  raisedByCase: Map<string, LeadEvidence[]>,
  weights: Readonly<Record<string, number>>,
  now: Date,
): Promise<LeadCounts> {
  const existing = new Map(
    (
      await findLeadsOfCases(
        db,
        page.map((c) => c.id),
      )
    ).map((l) => [l.case_id, l]),
  )
  const inserts: Parameters<typeof insertLeads>[1] = []
  const counts: LeadCounts = { newLeads: 0, reopened: 0 }
  for (const c of page) {
    const evidence = raisedByCase.get(c.id) ?? []
    const hash = evidenceHash(evidence)
    const lead = existing.get(c.id)
    const values: LeadValues = {
      severity: evidence.reduce((s, e) => s + (weights[e.rule] ?? 0), 0),
      evidence,
      evidence_hash: hash,
      unpaid_amount: unpaidOf(c),
      batch_id: c.batch_id,
      updated_at: now,
    }
    const change = leadChange(lead as ExistingLead | undefined, evidence, hash)
    if (change.kind === 'insert') {
      inserts.push({ ...values, case_id: c.id, court_code: c.court_code })
      counts.newLeads += 1
    } else if (change.kind === 'update') {
      if (lead!.status === 'invalid' && change.status === 'pending') counts.reopened += 1
      await updateLeadEvidence(db, lead!.id, {
        ...values,
        status: change.status,
        ...(change.changeNote !== null ? { change_note: change.changeNote } : {}),
      })
    } else if (lead && evidence.length && lead.severity !== values.severity) {
      await updateLeadSeverity(db, lead.id, values.severity)
    }
  }
  await insertLeads(db, inserts)
  return counts
}

function unpaidOf(c: CaseRowForRules): string | null {
  if (c.unpaid_amount !== null) return c.unpaid_amount
  if (c.claim_amount === null || c.paid_amount === null) return null
  return (Number(c.claim_amount) - Number(c.paid_amount)).toFixed(4)
}
