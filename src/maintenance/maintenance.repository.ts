import type { Db } from '../db/database.js'

/**
 * Drafts past their expiry (docs/product.md §4: 30 days); their file rows go with them. Submitted
 * drafts hold no answers and expire an hour after submission (issue 12 F9).
 */
export async function deleteExpiredDrafts(db: Db, now: Date): Promise<number> {
  const rows = await db
    .deleteFrom('application_drafts')
    .where('expires_at', '<=', now)
    .returning('id')
    .execute()
  return rows.length
}

/**
 * Whether any draft, application material, issued document, exchange-log entry (a scanned list,
 * an import's original, an outgoing list), scanned 送达回证, court exchange batch (its original
 * file, pending or imported), court reply or extension letter of a 检察建议, evidence of a measure done (整改落实) or
 * meeting's 纪要 still points at a stored file.
 */
export async function isFileReferenced(db: Db, fileId: string): Promise<boolean> {
  const row = await db
    .selectFrom('draft_files')
    .select('file_id')
    .where('file_id', '=', fileId)
    .unionAll(
      db.selectFrom('application_materials').select('file_id').where('file_id', '=', fileId),
    )
    .unionAll(db.selectFrom('issued_documents').select('file_id').where('file_id', '=', fileId))
    .unionAll(
      db
        .selectFrom('handed_down_cases')
        .select('document_key as file_id')
        .where('document_key', '=', fileId),
    )
    .unionAll(
      db
        .selectFrom('exchange_log')
        .select('file_key as file_id')
        .where('file_key', '=', fileId)
        .$narrowType<{ file_id: string }>(),
    )
    .unionAll(
      db
        .selectFrom('document_services')
        .select('proof_file_id as file_id')
        .where('proof_file_id', '=', fileId)
        .$narrowType<{ file_id: string }>(),
    )
    .unionAll(
      db
        .selectFrom('recommendation_follow_ups')
        .select('file_key as file_id')
        .where('file_key', '=', fileId)
        .$narrowType<{ file_id: string }>(),
    )
    .unionAll(
      db
        .selectFrom('recommendation_replies')
        .select('file_key as file_id')
        .where('file_key', '=', fileId),
    )
    .unionAll(
      db
        .selectFrom('recommendation_measure_evidence')
        .select('file_key as file_id')
        .where('file_key', '=', fileId),
    )
    .unionAll(
      db
        .selectFrom('recommendations')
        .select('extension_file_key as file_id')
        .where('extension_file_key', '=', fileId)
        .$narrowType<{ file_id: string }>(),
    )
    .unionAll(
      db
        .selectFrom('collab_meetings')
        .select('minutes_key as file_id')
        .where('minutes_key', '=', fileId)
        .$narrowType<{ file_id: string }>(),
    )
    .unionAll(
      db
        .selectFrom('exchange_batches')
        .select('file_key as file_id')
        .where('file_key', '=', fileId),
    )
    .executeTakeFirst()
  return row !== undefined
}

/**
 * Claims the clock hour of `now` for the hourly job: the hour for the one process whose row went
 * in, undefined for every other process (and every later tick) in the same hour. Rows older than a
 * month go at the same time: they only ever answer "was this hour taken".
 */
export async function claimMaintenanceHour(db: Db, now: Date): Promise<Date | undefined> {
  const hour = new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000)
  await db
    .deleteFrom('maintenance_runs')
    .where('hour', '<', new Date(hour.getTime() - 30 * 24 * 3_600_000))
    .execute()
  const row = await db
    .insertInto('maintenance_runs')
    .values({ hour, started_at: now })
    .onConflict((oc) => oc.column('hour').doNothing())
    .returning('hour')
    .executeTakeFirst()
  return row ? hour : undefined
}

export async function finishMaintenanceHour(db: Db, hour: Date, now: Date): Promise<void> {
  await db
    .updateTable('maintenance_runs')
    .set({ finished_at: now })
    .where('hour', '=', hour)
    .execute()
}
