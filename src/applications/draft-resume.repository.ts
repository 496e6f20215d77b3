import type { Db } from '../db/database.js'
import type { DraftRow } from './draft.table.js'

/** The resume link's token hash replaces any earlier one: only the latest link works. */
export async function setResumeTokenHash(db: Db, draftId: string, hash: string): Promise<void> {
  await db
    .updateTable('application_drafts')
    .set({ resume_token_hash: hash })
    .where('id', '=', draftId)
    .where('application_id', 'is', null)
    .execute()
}

export async function findDraftByResumeHash(
  db: Db,
  hash: string,
): Promise<Pick<DraftRow, 'id' | 'answers_encrypted' | 'expires_at'> | undefined> {
  return db
    .selectFrom('application_drafts')
    .select(['id', 'answers_encrypted', 'expires_at'])
    .where('resume_token_hash', '=', hash)
    .where('application_id', 'is', null)
    .executeTakeFirst()
}

/**
 * The browser that proved the address gets a new draft token; the link's token and every earlier
 * draft token (the one planted by whoever started the draft included) stop working. Conditional on
 * the link still being the current one, so two uses of one link give one winner.
 */
export async function rotateDraftToken(
  db: Db,
  id: string,
  resumeHash: string,
  newTokenHash: string,
): Promise<boolean> {
  const result = await db
    .updateTable('application_drafts')
    .set({ token_hash: newTokenHash, resume_token_hash: null })
    .where('id', '=', id)
    .where('resume_token_hash', '=', resumeHash)
    .where('application_id', 'is', null)
    .executeTakeFirst()
  return result.numUpdatedRows > 0n
}

/**
 * Issue 12 F9, in the submission's transaction: the draft keeps no answers (ID and mobile numbers
 * included) and no file rows, only its link to the application, for `keepUntil` (a retried submit
 * or the confirmation page right after); housekeeping deletes it then.
 */
export async function closeSubmittedDraft(
  db: Db,
  id: string,
  applicationId: string,
  emptyAnswers: Uint8Array,
  keepUntil: Date,
): Promise<void> {
  await db.deleteFrom('draft_files').where('draft_id', '=', id).execute()
  await db
    .updateTable('application_drafts')
    .set({
      application_id: applicationId,
      answers_encrypted: emptyAnswers,
      resume_token_hash: null,
      expires_at: keepUntil,
    })
    .where('id', '=', id)
    .execute()
}
