import type { Db } from '../db/database.js'

/** Unsubmitted drafts past their expiry (docs/product.md §4: 30 days); their file rows go with them. */
export async function deleteExpiredDrafts(db: Db, now: Date): Promise<number> {
  const rows = await db
    .deleteFrom('application_drafts')
    .where('expires_at', '<=', now)
    .where('application_id', 'is', null)
    .returning('id')
    .execute()
  return rows.length
}

/** Whether any draft, application material or issued document still points at a stored file. */
export async function isFileReferenced(db: Db, fileId: string): Promise<boolean> {
  const row = await db
    .selectFrom('draft_files')
    .select('file_id')
    .where('file_id', '=', fileId)
    .unionAll(
      db.selectFrom('application_materials').select('file_id').where('file_id', '=', fileId),
    )
    .unionAll(db.selectFrom('issued_documents').select('file_id').where('file_id', '=', fileId))
    .executeTakeFirst()
  return row !== undefined
}
