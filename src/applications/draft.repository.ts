import type { Db } from '../db/database.js'
import type { DraftFileRow, DraftRow, MaterialSlot } from './draft.table.js'

export async function insertDraft(
  db: Db,
  row: {
    token_hash: string
    channel: 'online' | 'counter'
    entered_by?: string | null
    answers_encrypted: Uint8Array
    expires_at: Date
    now: Date
  },
): Promise<string> {
  const { now, ...values } = row
  const inserted = await db
    .insertInto('application_drafts')
    .values({ ...values, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow()
  return inserted.id
}

export async function findDraftByTokenHash(
  db: Db,
  tokenHash: string,
): Promise<Omit<DraftRow, 'resume_token_hash'> | undefined> {
  return db
    .selectFrom('application_drafts')
    .select([
      'id',
      'token_hash',
      'channel',
      'entered_by',
      'answers_encrypted',
      'application_id',
      'created_at',
      'updated_at',
      'expires_at',
    ])
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst()
}

/** Locks the draft for the submission, so two submits of one draft run one after the other. */
export async function lockDraft(
  db: Db,
  id: string,
): Promise<Pick<DraftRow, 'id' | 'application_id'>> {
  return db
    .selectFrom('application_drafts')
    .select(['id', 'application_id'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirstOrThrow()
}

export async function updateDraftAnswers(
  db: Db,
  id: string,
  answersEncrypted: Uint8Array,
  now: Date,
  expiresAt: Date,
): Promise<void> {
  await db
    .updateTable('application_drafts')
    .set({ answers_encrypted: answersEncrypted, updated_at: now, expires_at: expiresAt })
    .where('id', '=', id)
    .where('application_id', 'is', null)
    .execute()
}

export async function insertDraftFile(
  db: Db,
  file: Omit<DraftFileRow, 'id' | 'uploaded_at'> & { uploaded_at: Date },
): Promise<void> {
  await db.insertInto('draft_files').values(file).execute()
}

export async function findDraftFiles(db: Db, draftId: string): Promise<DraftFileRow[]> {
  return db
    .selectFrom('draft_files')
    .select([
      'id',
      'draft_id',
      'slot',
      'description',
      'original_name',
      'byte_size',
      'detected_type',
      'sha256',
      'file_id',
      'uploaded_at',
    ])
    .where('draft_id', '=', draftId)
    .orderBy('uploaded_at')
    .orderBy('id')
    .execute()
}

/** Removes one file row of this draft; returns its stored file id so the caller can delete the bytes. */
export async function deleteDraftFile(
  db: Db,
  draftId: string,
  id: string,
): Promise<string | undefined> {
  const row = await db
    .deleteFrom('draft_files')
    .where('draft_id', '=', draftId)
    .where('id', '=', id)
    .returning('file_id')
    .executeTakeFirst()
  return row?.file_id
}

export async function countDraftFiles(
  db: Db,
  draftId: string,
  slot?: MaterialSlot,
): Promise<{ files: number; bytes: number }> {
  let query = db
    .selectFrom('draft_files')
    .select((eb) => [
      eb.fn.countAll<string>().as('files'),
      eb.fn.coalesce(eb.fn.sum<string>('byte_size'), eb.lit(0)).as('bytes'),
    ])
    .where('draft_id', '=', draftId)
  if (slot) query = query.where('slot', '=', slot)
  const row = await query.executeTakeFirstOrThrow()
  return { files: Number(row.files), bytes: Number(row.bytes) }
}
