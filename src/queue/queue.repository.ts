import { sql, type ExpressionBuilder, type SelectQueryBuilder } from 'kysely'
import { type Stage, TERMINAL_STAGES } from '../workflow/stages.js'
import type { Database, Db } from '../db/database.js'
import type { QueueCursor, QueueFilters } from './queue-filters.js'

/** Sort key of the queue; the same expression the migration's indexes are built on. */
export const DUE_KEY = sql<string>`coalesce(applications.next_due, '9999-12-31'::date)`
export const NO_DUE = '9999-12-31'

/**
 * Literal, not parameters, and in the migration's order: the planner can then prove the partial
 * indexes' `stage not in (…)` predicate from the query's (test/unit/workflow/stage-list.test.ts).
 */
export const IS_OPEN = sql<boolean>`applications.stage not in (${sql.join(TERMINAL_STAGES.map((s) => sql.lit(s)))})`

/**
 * 待我审批: a 检察建议 draft the reviewer submitted and no leader has decided yet (the stage stays
 * 审查中 until the approval; src/actions/recommendation.service.ts).
 */
const AWAITS_APPROVAL = sql<boolean>`applications.stage = 'under_review' and exists (
  select 1 from recommendation_drafts d
  where d.application_id = applications.id and d.status = 'drafted')`

/** How many applications wait for a leader's approval (the 待我审批 tab). */
export async function countAwaitingApproval(db: Db): Promise<number> {
  const row = await db
    .selectFrom('applications')
    .select(sql<string>`count(*)`.as('total'))
    .where(AWAITS_APPROVAL)
    .executeTakeFirstOrThrow()
  return Number(row.total)
}

/** Dates the due filters compare against, computed by the calendar module. */
export type DueBounds = { today: string; withinUntil?: string }

export type QueueRow = {
  id: string
  tracking_code: string
  applicant_type: 'person' | 'organisation'
  applicant_name: string
  matters: string[]
  court_name: string
  case_number: string
  stage: Stage
  flags: string[]
  next_due: string | null
  sort_due: string
  assignee_name: string | null
}

type Query = SelectQueryBuilder<Database, 'applications', object>

/** One page (plus one row, to tell whether more follow) in the direction of the cursor. */
export async function findQueuePage(
  db: Db,
  filters: QueueFilters,
  due: DueBounds,
  cursor: QueueCursor | undefined,
  limit: number,
): Promise<QueueRow[]> {
  const rows = await queuePageQuery(db, filters, due, cursor, limit).execute()
  return cursor?.direction === 'before' ? rows.reverse() : rows
}

/** The page query itself, exported so the benchmark can EXPLAIN exactly what the page runs. */
export function queuePageQuery(
  db: Db,
  filters: QueueFilters,
  due: DueBounds,
  cursor: QueueCursor | undefined,
  limit: number,
) {
  const order = cursor?.direction === 'before' ? 'desc' : 'asc'
  let query = applyFilters(db.selectFrom('applications'), filters, due)
  if (cursor) {
    const op = order === 'desc' ? sql`<` : sql`>`
    query = query.where(
      sql<boolean>`(${DUE_KEY}, applications.id) ${op} (${cursor.due}::date, ${cursor.id}::uuid)`,
    )
  }
  return query
    .leftJoin('staff_accounts as assignee', 'assignee.id', 'applications.assigned_staff_id')
    .select([
      'applications.id',
      'applications.tracking_code',
      'applications.applicant_type',
      'applications.applicant_name',
      'applications.matters',
      'applications.court_name',
      'applications.case_number',
      'applications.stage',
      'applications.flags',
      'applications.next_due',
      DUE_KEY.as('sort_due'),
      'assignee.display_name as assignee_name',
    ])
    .orderBy(DUE_KEY, order)
    .orderBy('applications.id', order)
    .limit(limit)
    .$castTo<QueueRow>()
}

/** Every filter is a plain WHERE on an indexed column or on the sort key (see the migration). */
export function applyFilters<Q extends Query>(query: Q, f: QueueFilters, due: DueBounds): Q {
  let q = query as Query
  if (f.tab === 'open') q = q.where(IS_OPEN)
  else if (f.tab === 'approval') q = q.where(AWAITS_APPROVAL)
  else if (f.tab !== 'all') q = q.where('applications.stage', '=', f.tab)
  if (f.matter) q = q.where(contains('applications.matters', f.matter))
  if (f.flag) q = q.where(contains('applications.flags', f.flag))
  if (f.court === 'other') q = q.where('applications.court_code', 'is', null)
  else if (f.court) q = q.where('applications.court_code', '=', f.court)
  if (f.assignee === 'none') q = q.where('applications.assigned_staff_id', 'is', null)
  else if (f.assignee) q = q.where('applications.assigned_staff_id', '=', f.assignee)
  if (f.overdue && due.withinUntil) q = q.where(DUE_KEY, '<=', due.withinUntil)
  else if (f.overdue) q = q.where(DUE_KEY, '<', due.today)
  else if (due.withinUntil)
    q = q.where(DUE_KEY, '>=', due.today).where(DUE_KEY, '<=', due.withinUntil)
  const s = f.search
  if (s?.kind === 'code') q = q.where('applications.tracking_code', '=', s.value)
  if (s?.kind === 'case_number') q = q.where('applications.case_number', '=', s.value)
  if (s?.kind === 'name')
    q = q.where('applications.applicant_name', 'like', `${escapeLike(s.value)}%`)
  return q as Q
}

function contains(column: 'applications.matters' | 'applications.flags', value: string) {
  return (eb: ExpressionBuilder<Database, 'applications'>) =>
    eb(column, '@>', sql<string[]>`array[${value}]::text[]`)
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (ch) => `\\${ch}`)
}

/** The tab counts, from the trigger-kept table (one row per stage). */
export async function findStageCounts(db: Db): Promise<Map<Stage, number>> {
  const rows = await stageCountsQuery(db).execute()
  return new Map(rows.map((r) => [r.stage, Number(r.total)]))
}

export function stageCountsQuery(db: Db) {
  return db.selectFrom('application_stage_counts').select(['stage', 'total'])
}

/** Accounts an application can be assigned to: enabled, with a case role. */
export async function findCaseStaff(db: Db): Promise<{ id: string; display_name: string }[]> {
  return db
    .selectFrom('staff_accounts')
    .select(['id', 'display_name'])
    .where('disabled_at', 'is', null)
    .where(sql<boolean>`roles && array['intake', 'reviewer', 'leader']::text[]`)
    .orderBy('display_name')
    .orderBy('id')
    .execute()
}
