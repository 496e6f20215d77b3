import type { Db } from '../db/database.js'
import type { RecommendationMeasuresDoneTable } from './measures.table.js'
import type { ReceivedFile } from '../uploads/multipart.js'

/** 整改落实 rows of one 检察建议 (measures.service.ts), with who verified each and its evidence. */

export async function findMeasuresDone(db: Db, recommendationId: string) {
  const rows = await db
    .selectFrom('recommendation_measures_done as m')
    .innerJoin('staff_accounts as s', 's.id', 'm.verified_by')
    .select(['m.id', 'm.measure', 'm.done_on', 'm.court_document', 'm.amount_paid'])
    .select(['m.verification', 'm.verification_note', 'm.verified_on'])
    .select('s.display_name as verified_by_name')
    .where('m.recommendation_id', '=', recommendationId)
    .orderBy('m.recorded_at')
    .execute()
  if (rows.length === 0) return []
  const files = await db
    .selectFrom('recommendation_measure_evidence')
    .select(['id', 'measure_done_id', 'file_name', 'file_sha256', 'file_size'])
    .where(
      'measure_done_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('position')
    .execute()
  return rows.map((r) => ({ ...r, files: files.filter((f) => f.measure_done_id === r.id) }))
}

export type MeasureDoneRow = Awaited<ReturnType<typeof findMeasuresDone>>[number]

/** Inserts one measure done with its evidence files, in the caller's transaction. */
export async function insertMeasureDone(
  db: Db,
  row: Omit<RecommendationMeasuresDoneTable, 'id'>,
  files: readonly ReceivedFile[],
  fileName: (f: ReceivedFile) => string,
): Promise<string> {
  const { id } = await db
    .insertInto('recommendation_measures_done')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow()
  await db
    .insertInto('recommendation_measure_evidence')
    .values(
      files.map((f, i) => ({
        measure_done_id: id,
        position: i + 1,
        file_key: f.storedId,
        file_name: fileName(f),
        file_sha256: f.sha256,
        file_size: f.size,
      })),
    )
    .execute()
  return id
}

/** The measures recorded done so far and the last day among them. */
export async function findDoneMeasures(db: Db, recommendationId: string) {
  const rows = await db
    .selectFrom('recommendation_measures_done')
    .select(['measure', 'done_on'])
    .where('recommendation_id', '=', recommendationId)
    .execute()
  return rows
}

export async function setMeasuresDoneOn(db: Db, recommendationId: string, day: string) {
  await db
    .updateTable('recommendation_replies')
    .set({ measures_done_on: day })
    .where('recommendation_id', '=', recommendationId)
    .execute()
}

export async function findEvidenceFile(db: Db, recommendationId: string, fileId: string) {
  return db
    .selectFrom('recommendation_measure_evidence as e')
    .innerJoin('recommendation_measures_done as m', 'm.id', 'e.measure_done_id')
    .select(['e.file_key', 'e.file_name', 'e.file_sha256', 'e.file_size', 'm.measure'])
    .where('m.recommendation_id', '=', recommendationId)
    .where('e.id', '=', fileId)
    .executeTakeFirst()
}
