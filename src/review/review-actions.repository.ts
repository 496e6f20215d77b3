import type { Db } from '../db/database.js'
import { isUuid } from '../kernel/ids.js'
import type { RecordedAction, RecommendationDraftRow } from './review-actions.table.js'

export type CaseSummary = {
  id: string
  tracking_code: string
  stage: import('../workflow/stages.js').Stage
  version: number
  applicant_name: string
  court_name: string
  case_number: string
  email: string | null
  assigned_staff_id: string | null
}

export async function findCaseSummary(db: Db, id: string): Promise<CaseSummary | undefined> {
  if (!isUuid(id.toLowerCase())) return undefined
  return db
    .selectFrom('applications')
    .select([
      'id',
      'tracking_code',
      'stage',
      'version',
      'applicant_name',
      'court_name',
      'case_number',
      'email',
      'assigned_staff_id',
    ])
    .where('id', '=', id)
    .executeTakeFirst()
}

export async function insertReviewRecord(
  db: Db,
  row: {
    applicationId: string
    action: RecordedAction
    ground?: string | null
    detail?: string | null
    explanation?: string | null
    staffId: string
    at: Date
    version: number
  },
): Promise<void> {
  await db
    .insertInto('review_records')
    .values({
      application_id: row.applicationId,
      action: row.action,
      ground: row.ground ?? null,
      detail: row.detail ?? null,
      explanation: row.explanation ?? null,
      staff_id: row.staffId,
      recorded_at: row.at,
      application_version: row.version,
    })
    .execute()
}

const DRAFT_COLUMNS = [
  'id',
  'application_id',
  'status',
  'court_name',
  'violations',
  'recommendation',
  'legal_basis',
  'drafted_by',
  'drafted_at',
  'editor_ids',
  'decided_by',
  'decided_at',
  'return_comment',
  'version',
] as const

export async function findDraft(
  db: Db,
  applicationId: string,
): Promise<RecommendationDraftRow | undefined> {
  return db
    .selectFrom('recommendation_drafts')
    .select(DRAFT_COLUMNS)
    .where('application_id', '=', applicationId)
    .executeTakeFirst()
}

export async function findStaffName(db: Db, id: string | null): Promise<string | undefined> {
  if (!id) return undefined
  const row = await db
    .selectFrom('staff_accounts')
    .select('display_name')
    .where('id', '=', id)
    .executeTakeFirst()
  return row?.display_name
}

/** When the stage last moved by `action` (e.g. the date a 检察建议 was approved). */
export async function findLastEventAt(
  db: Db,
  applicationId: string,
  action: string,
): Promise<Date | undefined> {
  const row = await db
    .selectFrom('application_events')
    .select('occurred_at')
    .where('application_id', '=', applicationId)
    .where('action', '=', action)
    .orderBy('id', 'desc')
    .executeTakeFirst()
  return row?.occurred_at
}

/** Locks the application row for a staff change that is not a stage change (drafts, extensions). */
export async function lockApplicationVersion(db: Db, id: string) {
  return db
    .selectFrom('applications')
    .select(['id', 'stage', 'version'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst()
}

export async function setApplicationVersion(db: Db, id: string, version: number, at: Date) {
  await db
    .updateTable('applications')
    .set({ version, updated_at: at })
    .where('id', '=', id)
    .execute()
}

export async function findReviewRecords(db: Db, applicationId: string) {
  return db
    .selectFrom('review_records as r')
    .innerJoin('staff_accounts as s', 's.id', 'r.staff_id')
    .select([
      'r.action',
      'r.ground',
      'r.detail',
      'r.explanation',
      'r.recorded_at',
      's.display_name',
    ])
    .where('r.application_id', '=', applicationId)
    .orderBy('r.recorded_at')
    .orderBy('r.application_version')
    .execute()
}

export async function findCourtReply(db: Db, applicationId: string) {
  return db
    .selectFrom('court_replies')
    .select(['replied_on', 'outcome', 'note', 'recorded_at'])
    .where('application_id', '=', applicationId)
    .executeTakeFirst()
}
