import type { Db } from '../db/database.js'
import type { ReceivedFile } from '../uploads/multipart.js'
import { TERMINAL_STAGES } from '../workflow/stages.js'
import type {
  ApplicationRow,
  MaterialRow,
  NewApplicationRow,
  NewMaterialRow,
} from './application.table.js'
import type { MaterialSlot } from './draft.table.js'

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

export type MaterialFile = Pick<
  ReceivedFile,
  'originalName' | 'size' | 'detectedType' | 'sha256' | 'storedId'
>

/**
 * Files received after submission (补正 answers, evidence, the court's reply), filed after the
 * application's materials in upload order. Returns the new rows' ids, in the order of `files`.
 */
export async function addMaterials(
  db: Db,
  applicationId: string,
  files: readonly MaterialFile[],
  meta: {
    slot: MaterialSlot
    uploadedBy: string
    at: Date
    description?: string
    supplement?: { requestId: string; item: string }
  },
): Promise<string[]> {
  if (files.length === 0) return []
  const { files: held } = await countMaterials(db, applicationId)
  const rows = await db
    .insertInto('application_materials')
    .values(
      files.map((f, i) => ({
        application_id: applicationId,
        slot: meta.slot,
        description: meta.description ?? null,
        original_name: f.originalName,
        byte_size: f.size,
        detected_type: f.detectedType,
        sha256: f.sha256,
        file_id: f.storedId,
        uploaded_at: meta.at,
        uploaded_by: meta.uploadedBy,
        position: held + i + 1,
        ...(meta.supplement
          ? {
              supplement_request_id: meta.supplement.requestId,
              supplement_item: meta.supplement.item,
            }
          : {}),
      })),
    )
    .returning('id')
    .execute()
  return rows.map((r) => r.id)
}

/** How many materials the application holds, and their bytes. */
export async function countMaterials(
  db: Db,
  applicationId: string,
): Promise<{ files: number; bytes: number }> {
  const row = await db
    .selectFrom('application_materials')
    .select((eb) => [
      eb.fn.countAll<string>().as('files'),
      eb.fn.coalesce(eb.fn.sum<string>('byte_size'), eb.lit(0)).as('bytes'),
    ])
    .where('application_id', '=', applicationId)
    .executeTakeFirstOrThrow()
  return { files: Number(row.files), bytes: Number(row.bytes) }
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
  'electronic_service_consent',
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
