import { sql } from 'kysely'
import type { Db } from '../db/database.js'
import { isUuid } from '../kernel/ids.js'

/** Staff names by account id, for the handler, note authors and the timeline's actors. */
export async function findStaffNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)].filter(isUuid)
  if (unique.length === 0) return new Map()
  const rows = await db
    .selectFrom('staff_accounts')
    .select(['id', 'display_name'])
    .where('id', 'in', unique)
    .execute()
  return new Map(rows.map((r) => [r.id, r.display_name]))
}

/** Enabled accounts holding the reviewer role: who a case may be assigned to. */
export async function findReviewers(
  db: Db,
): Promise<{ id: string; display_name: string; legal_title: string }[]> {
  return db
    .selectFrom('staff_accounts')
    .select(['id', 'display_name', 'legal_title'])
    .where('disabled_at', 'is', null)
    .where(sql<boolean>`'reviewer' = any(roles)`)
    .orderBy('display_name')
    .execute()
}

export async function findNotes(db: Db, applicationId: string) {
  return db
    .selectFrom('application_notes')
    .select(['id', 'author_id', 'body', 'created_at'])
    .where('application_id', '=', applicationId)
    .orderBy('created_at')
    .orderBy('id')
    .execute()
}

export async function insertNote(
  db: Db,
  note: { applicationId: string; authorId: string; body: string; at: Date },
): Promise<string> {
  const row = await db
    .insertInto('application_notes')
    .values({
      application_id: note.applicationId,
      author_id: note.authorId,
      body: note.body,
      created_at: note.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

/** The row, locked, for a change that must not cross another staff member's (docs/product.md §8). */
export async function lockApplicationVersion(db: Db, id: string) {
  return db
    .selectFrom('applications')
    .select(['id', 'stage', 'version', 'assigned_staff_id'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst()
}

export async function setAssignee(
  db: Db,
  id: string,
  staffId: string | null,
  version: number,
  at: Date,
): Promise<void> {
  await db
    .updateTable('applications')
    .set({ assigned_staff_id: staffId, version, updated_at: at })
    .where('id', '=', id)
    .execute()
}

/** Only a material of this application: another application's id finds nothing (404). */
export async function findMaterialOf(db: Db, applicationId: string, id: string) {
  return db
    .selectFrom('application_materials')
    .select(['id', 'original_name', 'detected_type', 'file_id', 'byte_size'])
    .where('application_id', '=', applicationId)
    .where('id', '=', id)
    .executeTakeFirst()
}
