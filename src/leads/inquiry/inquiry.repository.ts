import type { Db } from '../../db/database.js'

export type NewInquiry = {
  lead_id: string
  number: string
  court_name: string
  court_case_no: string
  questions: string
  reply_days: number
  issued_on: string
  reply_due: string
  issued_by: string
  issued_at: Date
}

export async function insertInquiry(db: Db, row: NewInquiry): Promise<string> {
  const r = await db
    .insertInto('execution_inquiries')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow()
  return r.id
}

export async function findInquiriesOfLead(db: Db, leadId: string) {
  return db
    .selectFrom('execution_inquiries')
    .select(['id', 'number', 'reply_due', 'issued_on', 'reply_days'])
    .where('lead_id', '=', leadId)
    .orderBy('issued_at')
    .execute()
}

export async function findInquiry(db: Db, leadId: string, id: string) {
  return db
    .selectFrom('execution_inquiries')
    .selectAll()
    .where('lead_id', '=', leadId)
    .where('id', '=', id)
    .executeTakeFirst()
}

/** The lead the notice is about, locked: its court and case number go on the paper. */
export async function lockLeadForInquiry(db: Db, leadId: string) {
  return db
    .selectFrom('leads as l')
    .innerJoin('court_cases as c', 'c.id', 'l.case_id')
    .innerJoin('exchange_batches as b', 'b.id', 'l.batch_id')
    .select(['l.id', 'l.status', 'c.case_no', 'b.court_name'])
    .where('l.id', '=', leadId)
    .forUpdate('l')
    .executeTakeFirst()
}
