import type { Db } from '../db/database.js'

/** The court's reply and the 跟进监督 steps of one 检察建议 (register.repository.ts holds the 建议 itself). */

export async function findReply(db: Db, recommendationId: string) {
  return db
    .selectFrom('recommendation_replies')
    .select([
      'id',
      'received_on',
      'letter_number',
      'outcome',
      'measures',
      'measures_note',
      'amount_paid',
      'court_reasons',
      'reasons_accepted',
      'promised_by',
      'measures_done_on',
      'file_key',
      'file_name',
      'file_sha256',
      'file_size',
    ])
    .where('recommendation_id', '=', recommendationId)
    .executeTakeFirst()
}

export type ReplyRow = NonNullable<Awaited<ReturnType<typeof findReply>>>

/** What decides whether a 检察建议 calls for 跟进监督 (follow-up-ground.ts); `lock` takes the row lock. */
export async function findGroundFacts(db: Db, id: string, lock = false) {
  let query = db
    .selectFrom('recommendations as r')
    .leftJoin('recommendation_replies as p', 'p.recommendation_id', 'r.id')
    .select(['r.id', 'r.version', 'r.status', 'r.reply_due'])
    .select(['p.outcome', 'p.reasons_accepted', 'p.promised_by', 'p.measures_done_on'])
    .where('r.id', '=', id)
  if (lock) query = query.forUpdate('r')
  return query.executeTakeFirst()
}

export async function findFollowUps(db: Db, recommendationId: string) {
  return db
    .selectFrom('recommendation_follow_ups as f')
    .innerJoin('staff_accounts as s', 's.id', 'f.recorded_by')
    .select(['f.id', 'f.kind', 'f.ground', 'f.taken_on', 'f.due', 'f.due_explanation'])
    .select(['f.number', 'f.note', 'f.new_recommendation_id', 'f.file_key', 'f.file_sha256'])
    .select(['f.file_size', 's.display_name as recorded_by_name'])
    .where('f.recommendation_id', '=', recommendationId)
    .orderBy('f.recorded_at')
    .execute()
}

export async function findFollowUpFile(db: Db, recommendationId: string, stepId: string) {
  return db
    .selectFrom('recommendation_follow_ups')
    .select(['id', 'number', 'file_key', 'file_sha256', 'file_size'])
    .where('recommendation_id', '=', recommendationId)
    .where('id', '=', stepId)
    .executeTakeFirst()
}
