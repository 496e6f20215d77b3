import { sql } from 'kysely'
import type { Db } from '../db/database.js'
import { OPEN_STAGES } from './ex-officio-stages.js'
import type { ExOfficioCasesTable, ExOfficioStage } from './ex-officio.table.js'
import type { Insertable } from 'kysely'

export async function insertExOfficioCase(db: Db, row: Insertable<ExOfficioCasesTable>) {
  return db.insertInto('ex_officio_cases').values(row).returning(['id']).executeTakeFirstOrThrow()
}

/** The open case for an imported court case, locked: two 有效 decisions at once attach to one case. */
export async function lockOpenCaseForCourtCase(db: Db, courtCaseId: string) {
  return db
    .selectFrom('ex_officio_cases')
    .select(['id'])
    .where('court_case_id', '=', courtCaseId)
    .where('stage', 'in', [...OPEN_STAGES])
    .forUpdate()
    .executeTakeFirst()
}

export async function attachLead(
  db: Db,
  row: { case_id: string; lead_id: string; attached_by: string; attached_at: Date },
) {
  await db
    .insertInto('ex_officio_case_leads')
    .values(row)
    .onConflict((oc) => oc.column('lead_id').doNothing())
    .execute()
}

export async function findExOfficioCase(db: Db, id: string) {
  return db
    .selectFrom('ex_officio_cases as e')
    .innerJoin('staff_accounts as s', 's.id', 'e.opened_by')
    .selectAll('e')
    .select(['s.display_name as opened_by_name'])
    .where('e.id', '=', id)
    .executeTakeFirst()
}

export async function lockExOfficioCase(db: Db, id: string) {
  return db
    .selectFrom('ex_officio_cases')
    .select(['id', 'stage', 'version'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst()
}

export async function updateExOfficioStage(
  db: Db,
  id: string,
  v: {
    stage: ExOfficioStage
    at: Date
    text?: { field: 'recommendation' | 'termination_reason'; value: string }
  },
) {
  await db
    .updateTable('ex_officio_cases')
    .set((eb) => ({
      stage: v.stage,
      updated_at: v.at,
      version: eb('version', '+', 1),
      ...(v.text ? { [v.text.field]: v.text.value } : {}),
    }))
    .where('id', '=', id)
    .execute()
}

export async function findCaseLeads(db: Db, caseId: string) {
  return db
    .selectFrom('ex_officio_case_leads as x')
    .innerJoin('leads as l', 'l.id', 'x.lead_id')
    .select(['l.id', 'l.evidence', 'x.attached_at'])
    .where('x.case_id', '=', caseId)
    .orderBy('x.attached_at')
    .execute()
}

export async function findLeadCase(db: Db, leadId: string) {
  return db
    .selectFrom('ex_officio_case_leads as x')
    .innerJoin('ex_officio_cases as e', 'e.id', 'x.case_id')
    .select(['e.id', 'e.serial', 'e.opened_at', 'e.stage'])
    .where('x.lead_id', '=', leadId)
    .executeTakeFirst()
}

/** Open ex-officio cases for the queue page, oldest first. */
export async function findOpenExOfficioCases(db: Db, limit = 200) {
  return db
    .selectFrom('ex_officio_cases as e')
    .leftJoin('staff_accounts as s', 's.id', 'e.assigned_staff_id')
    .select([
      'e.id',
      'e.serial',
      'e.opened_at',
      'e.source',
      'e.court_name',
      'e.court_case_no',
      'e.stage',
      's.display_name as assignee_name',
      sql<number>`(select count(*) from ex_officio_case_leads x where x.case_id = e.id)::int`.as(
        'leads',
      ),
    ])
    .where('e.stage', 'in', [...OPEN_STAGES])
    .orderBy('e.opened_at')
    .limit(limit)
    .execute()
}

/** The imported court case's 案号 and court name, for a case opened from its lead. */
export async function findCourtCaseHeading(db: Db, courtCaseId: string) {
  return db
    .selectFrom('court_cases as c')
    .innerJoin('exchange_batches as b', 'b.id', 'c.batch_id')
    .select(['c.case_no', 'b.court_name'])
    .where('c.id', '=', courtCaseId)
    .executeTakeFirstOrThrow()
}
