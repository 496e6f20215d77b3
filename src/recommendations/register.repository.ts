import { sql } from 'kysely'
import type { Db } from '../db/database.js'
import type {
  NewRecommendationRow,
  RecommendationCasesTable,
  RecommendationsTable,
} from './register.table.js'

const COLUMNS = [
  'r.id',
  'r.kind',
  'r.origin',
  'r.application_id',
  'r.status',
  'r.number',
  'r.decided_on',
  'r.addressee',
  'r.addressee_court_code',
  'r.violations',
  'r.recommendation',
  'r.legal_basis',
  'r.transfer_due',
  'r.served_on',
  'r.service_method',
  'r.reply_due',
  'r.reply_due_explanation',
  'r.extended_on',
  'r.extension_letter',
  'r.extension_file_key',
  'r.extension_file_name',
  'r.extension_file_sha256',
  'r.extension_file_size',
  'r.drafted_by',
  'r.drafted_at',
  'r.decided_by',
  'r.return_comment',
  'r.backfilled',
  'r.version',
] as const

export type RecommendationCase = Omit<RecommendationCasesTable, 'recommendation_id'>

export async function insertRecommendation(
  db: Db,
  row: NewRecommendationRow,
  cases: readonly { caseNumber: string; applicationId: string | null }[],
): Promise<string> {
  const { id } = await db
    .insertInto('recommendations')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow()
  await db
    .insertInto('recommendation_cases')
    .values(
      cases.map((c, i) => ({
        recommendation_id: id,
        position: i + 1,
        case_number: c.caseNumber,
        application_id: c.applicationId,
      })),
    )
    .execute()
  return id
}

export async function findRecommendation(db: Db, id: string) {
  const row = await db
    .selectFrom('recommendations as r')
    .innerJoin('staff_accounts as d', 'd.id', 'r.drafted_by')
    .leftJoin('staff_accounts as l', 'l.id', 'r.decided_by')
    .select(COLUMNS)
    .select(['d.display_name as drafted_by_name', 'l.display_name as decided_by_name'])
    .where('r.id', '=', id)
    .executeTakeFirst()
  if (!row) return undefined
  return { ...row, cases: await findCases(db, id) }
}

export type RecommendationRecord = NonNullable<Awaited<ReturnType<typeof findRecommendation>>>

async function findCases(db: Db, id: string): Promise<RecommendationCase[]> {
  return db
    .selectFrom('recommendation_cases')
    .select(['position', 'case_number', 'application_id'])
    .where('recommendation_id', '=', id)
    .orderBy('position')
    .execute()
}

/** The row lock every change takes, with the version the form was shown (no lost updates). */
export async function lockRecommendation(db: Db, id: string) {
  return db
    .selectFrom('recommendations')
    .select(['id', 'status', 'version', 'application_id', 'decided_on', 'served_on', 'drafted_by'])
    .select(['reply_due', 'extended_on', 'kind'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst()
}

export type LockedRecommendation = NonNullable<Awaited<ReturnType<typeof lockRecommendation>>>

export async function updateRecommendation(
  db: Db,
  id: string,
  set: Partial<Omit<RecommendationsTable, 'id' | 'version' | 'backfilled'>>,
): Promise<void> {
  await db
    .updateTable('recommendations')
    .set({ ...set, version: sql<number>`version + 1` })
    .where('id', '=', id)
    .execute()
}

export type RegisterQuery = {
  status?: RecommendationsTable['status'] | undefined
  court?: string | undefined
  /** reply due on or before this day, not yet replied */
  replyDueBy?: string | undefined
  /** 15-day transfer due on or before this day, not yet served */
  transferDueBy?: string | undefined
  /** those that may call for 跟进监督 (follow-up-ground.ts decides) */
  followUp?: boolean | undefined
  /** the court's reply outcome */
  outcome?: 'adopted' | 'partly_adopted' | 'not_adopted' | undefined
}

/** The register's rows, newest decision first, drafts on top; with the case numbers joined. */
export async function findRegister(db: Db, q: RegisterQuery, limit: number) {
  let query = db
    .selectFrom('recommendations as r')
    .leftJoin('recommendation_replies as p', 'p.recommendation_id', 'r.id')
    .select(COLUMNS)
    .select(['p.outcome', 'p.reasons_accepted', 'p.promised_by', 'p.measures_done_on'])
    .select(
      sql<string>`(select string_agg(c.case_number, '、' order by c.position)
        from recommendation_cases c where c.recommendation_id = r.id)`.as('case_numbers'),
    )
  if (q.status) query = query.where('r.status', '=', q.status)
  if (q.followUp) query = query.where('r.status', 'in', ['awaiting_reply', 'replied'])
  if (q.outcome) query = query.where('p.outcome', '=', q.outcome)
  if (q.court) query = query.where('r.addressee', '=', q.court)
  if (q.replyDueBy)
    query = query.where('r.status', '=', 'awaiting_reply').where('r.reply_due', '<=', q.replyDueBy)
  if (q.transferDueBy)
    query = query
      .where('r.status', '=', 'awaiting_service')
      .where('r.transfer_due', '<=', q.transferDueBy)
  return query
    .orderBy(sql`r.decided_on desc nulls first`)
    .orderBy('r.drafted_at', 'desc')
    .limit(limit)
    .execute()
}

export type RegisterRow = Awaited<ReturnType<typeof findRegister>>[number]

/** The application's own court-reply form (src/actions/court-reply.service.ts) keeps the register in step. */
export async function markRegisterReplied(db: Db, applicationId: string): Promise<void> {
  await db
    .updateTable('recommendations')
    .set({ status: 'replied', version: sql<number>`version + 1` })
    .where('application_id', '=', applicationId)
    .where('status', 'in', ['awaiting_service', 'awaiting_reply'])
    .execute()
}

/** The extension entered on the application's page moves the register's reply date the same way. */
export async function syncRegisterExtension(
  db: Db,
  applicationId: string,
  clock: { due: string; explanation: string },
  today: string,
): Promise<void> {
  await db
    .updateTable('recommendations')
    .set({
      reply_due: clock.due,
      reply_due_explanation: clock.explanation,
      extended_on: today,
      version: sql<number>`version + 1`,
    })
    .where('application_id', '=', applicationId)
    .where('status', '=', 'awaiting_reply')
    .where('extended_on', 'is', null)
    .execute()
}
