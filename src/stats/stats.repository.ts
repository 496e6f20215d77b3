import { sql } from 'kysely'
import type { Db } from '../db/database.js'
import type { Stage } from '../workflow/stages.js'
import type { FigureRow, RowsQuery } from './figures/figure.js'

/** count or Σ n over a figure's rows, in the database. */
export async function sumFigureRows(
  db: Db,
  rows: RowsQuery,
  what: 'count' | 'sum',
): Promise<number> {
  const value =
    what === 'count' ? sql<number>`count(*)::float8` : sql<number>`coalesce(sum(f.n), 0)::float8`
  const row = await db.selectFrom(rows.as('f')).select(value.as('v')).executeTakeFirstOrThrow()
  return Number(row.v)
}

export type Aggregate = 'count' | 'sum' | 'share'

/**
 * Several figures' aggregates in one statement, in order: a = count (count, share) or Σ n (sum),
 * b = how many rows have ok (share).
 */
export async function aggregateFigureRows(
  db: Db,
  parts: readonly { rows: RowsQuery; reduce: Aggregate }[],
): Promise<{ a: number; b: number }[]> {
  if (parts.length === 0) return []
  const selects = parts.map(({ rows, reduce }, i) => {
    const a = reduce === 'sum' ? sql`coalesce(sum(f.n), 0)` : sql`count(*)`
    const b = reduce === 'share' ? sql`count(*) filter (where f.ok)` : sql`0`
    return sql`select ${sql.lit(i)}::int as i, ${a}::float8 as a, ${b}::float8 as b from (${rows}) f`
  })
  const found = await sql<{
    i: number
    a: number
    b: number
  }>`${sql.join(selects, sql` union all `)}`.execute(db)
  const out = parts.map(() => ({ a: 0, b: 0 }))
  for (const r of found.rows) out[Number(r.i)] = { a: Number(r.a), b: Number(r.b) }
  return out
}

/** How many rows, and how many of them have ok. */
export async function countOkRows(db: Db, rows: RowsQuery): Promise<{ total: number; ok: number }> {
  const row = await db
    .selectFrom(rows.as('f'))
    .select([
      sql<number>`count(*)::float8`.as('total'),
      sql<number>`count(*) filter (where f.ok)::float8`.as('ok'),
    ])
    .executeTakeFirstOrThrow()
  return { total: Number(row.total), ok: Number(row.ok) }
}

/** The rows grouped by the given columns, with how many rows each group holds. */
export async function countFigureRowsBy(
  db: Db,
  rows: RowsQuery,
  columns: readonly ('start_day' | 'day' | 'paused')[],
): Promise<{ row: FigureRow; n: number }[]> {
  const refs = columns.map((c) => sql.ref(`f.${c}`))
  const found = await sql<FigureRow & { n: number }>`
    select ${sql.join(refs)}, count(*)::float8 as n
    from (${rows}) f
    group by ${sql.join(refs)}`.execute(db)
  return found.rows.map(({ n, ...row }) => ({ row: { ...row } as FigureRow, n: Number(n) }))
}

/** count or Σ n per month ('YYYY-MM'). */
export async function sumFigureRowsByMonth(
  db: Db,
  rows: RowsQuery,
  what: 'count' | 'sum',
): Promise<Map<string, number>> {
  const value =
    what === 'count' ? sql<number>`count(*)::float8` : sql<number>`coalesce(sum(f.n), 0)::float8`
  const month = sql<string>`substr(f.day, 1, 7)`
  const found = await db
    .selectFrom(rows.as('f'))
    .select([month.as('month'), value.as('v')])
    .groupBy(month)
    .execute()
  return new Map(found.map((r) => [r.month, Number(r.v)]))
}

export type FigureCaseRow = {
  id: string
  tracking_code: string
  applicant_name: string
  applicant_type: 'person' | 'organisation'
  court_name: string
  case_number: string
  stage: Stage
  day: string
}

/** The applications behind a figure, by the day of the counting event; names are masked by the caller. */
export async function findFigureCases(
  db: Db,
  rows: RowsQuery,
  limit: number,
): Promise<FigureCaseRow[]> {
  return db
    .selectFrom(rows.as('f'))
    .innerJoin('applications as a', 'a.id', 'f.subject_id')
    .select([
      'a.id',
      'a.tracking_code',
      'a.applicant_name',
      'a.applicant_type',
      'a.court_name',
      'a.case_number',
      'a.stage',
      'f.day',
    ])
    .orderBy('f.day')
    .orderBy('a.tracking_code')
    .limit(limit)
    .execute() as Promise<FigureCaseRow[]>
}

/** How many of a lead figure's rows each rule raised (a lead raised by two rules counts under both). */
export async function countRowsByRule(db: Db, rows: RowsQuery): Promise<Map<string, number>> {
  const found = await sql<{ rule: string; n: number }>`
    select x.rule, count(*)::float8 as n
    from (${rows}) f
    join leads l on l.id = f.subject_id
    cross join lateral jsonb_array_elements_text(l.rule_ids) as x(rule)
    group by x.rule`.execute(db)
  return new Map(found.rows.map((r) => [r.rule, Number(r.n)]))
}
