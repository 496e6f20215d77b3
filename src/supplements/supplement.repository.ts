import type { Db } from '../db/database.js'
import type { SupplementItem } from './supplement.table.js'

const COLUMNS = [
  'id',
  'application_id',
  'items',
  'deadline',
  'deadline_explanation',
  'period_days',
  'notice_document_id',
  'requested_at',
  'completed_at',
] as const

export async function insertSupplementRequest(
  db: Db,
  r: {
    applicationId: string
    items: SupplementItem[]
    days: number
    noticeDocumentId: string
    at: Date
    by: string
  },
): Promise<string> {
  const row = await db
    .insertInto('supplement_requests')
    .values({
      application_id: r.applicationId,
      items: JSON.stringify(r.items),
      period_days: r.days,
      notice_document_id: r.noticeDocumentId,
      requested_at: r.at,
      requested_by: r.by,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

export async function findOpenSupplement(db: Db, applicationId: string) {
  return db
    .selectFrom('supplement_requests')
    .select(COLUMNS)
    .where('application_id', '=', applicationId)
    .where('completed_at', 'is', null)
    .where('expired_at', 'is', null)
    .executeTakeFirst()
}

export async function closeSupplement(
  db: Db,
  id: string,
  field: 'completed_at' | 'expired_at',
  at: Date,
): Promise<void> {
  await db
    .updateTable('supplement_requests')
    .set({ [field]: at })
    .where('id', '=', id)
    .execute()
}

/**
 * Open requests whose deadline has passed (the last day counts in full, 民诉法 第八十五条) and whose
 * notice has a recorded service. The deadline is set only from a service record
 * (supplement-period.ts); the second condition keeps that true should a row ever say otherwise.
 */
export async function findExpiredSupplements(db: Db, today: string) {
  return db
    .selectFrom('supplement_requests as r')
    .select(['r.id', 'r.application_id'])
    .where('r.completed_at', 'is', null)
    .where('r.expired_at', 'is', null)
    .where('r.deadline', 'is not', null)
    .where('r.deadline', '<', today)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('document_services as s')
          .select('s.id')
          .whereRef('s.document_id', '=', 'r.notice_document_id')
          .whereRef('s.served_on', '<', 'r.deadline'),
      ),
    )
    .execute()
}

/** Items already answered with at least one file. */
export async function findAnsweredItems(db: Db, requestId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('application_materials')
    .select('supplement_item')
    .where('supplement_request_id', '=', requestId)
    .execute()
  return new Set(rows.map((r) => r.supplement_item).filter((x): x is string => x !== null))
}
