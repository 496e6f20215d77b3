import type { Db } from '../db/database.js'
import { TERMINAL_STAGES } from '../workflow/stages.js'
import type {
  ApplicationRow,
  MaterialRow,
  NewApplicationRow,
  NewMaterialRow,
} from './application.table.js'

export async function insertApplication(db: Db, row: NewApplicationRow): Promise<string> {
  const inserted = await db
    .insertInto('applications')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow()
  return inserted.id
}

export async function insertMaterials(db: Db, rows: NewMaterialRow[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('application_materials').values(rows).execute()
}

/** Open applications with the same 执行案号 or the same applicant (keyed hash): 可能重复. */
export async function findOpenDuplicateIds(
  db: Db,
  caseNumber: string,
  idNumberHash: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('applications')
    .select('id')
    .where((eb) =>
      eb.or([eb('case_number', '=', caseNumber), eb('id_number_hash', '=', idNumberHash)]),
    )
    .where('stage', 'not in', TERMINAL_STAGES)
    .execute()
  return rows.map((r) => r.id)
}

const APPLICATION_COLUMNS = [
  'id',
  'tracking_code',
  'stage',
  'version',
  'channel',
  'idempotency_key',
  'submitted_at',
  'applicant_type',
  'applicant_name',
  'applicant_role',
  'id_number_encrypted',
  'agent_id_number_encrypted',
  'agent_mobile_encrypted',
  'id_number_hash',
  'mobile_encrypted',
  'mobile_hash',
  'email',
  'court_code',
  'court_name',
  'case_number',
  'supervised_court',
  'matters',
  'answers',
  'flags',
  'procedural_reply_due',
  'procedural_reply_explanation',
  'receipt_mac',
  'assigned_staff_id',
  'next_due',
  'entered_by',
  'created_at',
  'updated_at',
] as const

export async function findApplicationById(db: Db, id: string): Promise<ApplicationRow | undefined> {
  return db
    .selectFrom('applications')
    .select(APPLICATION_COLUMNS)
    .where('id', '=', id)
    .executeTakeFirst()
}

export async function findApplicationByCode(
  db: Db,
  trackingCode: string,
): Promise<ApplicationRow | undefined> {
  return db
    .selectFrom('applications')
    .select(APPLICATION_COLUMNS)
    .where('tracking_code', '=', trackingCode)
    .executeTakeFirst()
}

export async function findMaterials(db: Db, applicationId: string): Promise<MaterialRow[]> {
  return db
    .selectFrom('application_materials')
    .select([
      'id',
      'application_id',
      'slot',
      'description',
      'original_name',
      'byte_size',
      'detected_type',
      'sha256',
      'file_id',
      'generated',
      'uploaded_at',
      'uploaded_by',
      'supplement_request_id',
      'supplement_item',
      'position',
    ])
    .where('application_id', '=', applicationId)
    .orderBy('position')
    .execute()
}

/**
 * Locks the application row for the rest of the transaction. A transaction that will change the
 * stage (applyStageChange locks the row FOR UPDATE) must take this lock before it writes any of the
 * application's events, documents, materials or 补正 requests: their status_version triggers update
 * the row, and taking the row lock late lets a concurrent upload (which holds a key-share lock on
 * the row through its foreign key) and this transaction wait for each other.
 */
export async function lockApplicationRow(db: Db, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('applications')
    .select('id')
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst()
  return row !== undefined
}
