import { sql, type Expression, type RawBuilder, type SelectQueryBuilder } from 'kysely'
import type { Db } from '../../db/database.js'
import type { Range } from '../period.js'

export type Area =
  'applications' | 'review' | 'recommendations' | 'exchange' | 'leads' | 'collaboration'

export const AREA_LABEL: Record<Area, string> = {
  applications: '依申请受理',
  review: '审查办理',
  recommendations: '检察建议',
  exchange: '法检信息交换',
  leads: '监督线索与依职权监督',
  collaboration: '法检协作',
}

/**
 * What a figure's rows are about, and so which list stands behind it: applications and the records of
 * the register, leads, ex-officio cases, meetings, referrals and petitions get the stats case list
 * (src/stats/subject-lists.ts); exchanges the exchange log.
 */
export type Subject =
  | 'application'
  | 'exchange'
  | 'recommendation'
  | 'lead'
  | 'ex_officio'
  | 'meeting'
  | 'referral'
  | 'petition'

/**
 * One row per event a figure counts: what it is about (an application, or an exchange entry), the
 * China calendar day of the event that counts it, and what the reduction needs: `n` to add up,
 * `ok` for a share, `start_day`/`paused` for a duration.
 */
export type FigureRow = {
  subject_id: string
  day: string
  n?: number
  ok?: boolean
  start_day?: string
  paused?: number
}

// The figures' queries join different tables; their only common shape is the row they select.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type RowsQuery = SelectQueryBuilder<any, any, FigureRow>

/** count: rows; sum: Σ n; share: % of rows with ok; median/p90: of `days(row)`. */
export type Reduce = 'count' | 'sum' | 'share' | 'median' | 'p90'

export type DayCounter = { workingDaysUntil(from: string, to: string): number }

export type Figure = {
  /** stable: links, exports and tests name it */
  id: string
  area: Area
  label: string
  /** 口径: what is counted, dated by which event, shown on the page beside the figure */
  basis: string
  unit: '件' | '次' | '条' | '%' | '个工作日' | '日' | '元'
  reduce: Reduce
  /** the one SQL definition: the rows in the range (dated by the counting event) */
  rows: (db: Db, range: Range, today: string) => RowsQuery
  /** for median/p90: the duration of one row */
  days?: (row: FigureRow, cal: DayCounter) => number
  /**
   * for median/p90: the columns `days` reads. The rows are counted in the database grouped by these,
   * so a year's hundred thousand decisions reach Node as a few thousand (start, end) pairs.
   */
  durationColumns?: readonly ('start_day' | 'day' | 'paused')[]
  /** what the rows are about: the list behind the figure */
  subject: Subject
  /** a state today rather than events in a period: no comparison with last year */
  snapshot?: boolean
  /** for exchange figures, the direction the log filter takes */
  direction?: 'from_court' | 'to_court'
}

/** The China calendar day of an instant, as 'YYYY-MM-DD' (China keeps +08:00 all year). */
export function chinaDayOf(column: Expression<Date> | string): RawBuilder<string> {
  const ref = typeof column === 'string' ? sql.ref(column) : column
  return sql<string>`to_char((${ref} at time zone 'UTC') + interval '8 hours', 'YYYY-MM-DD')`
}

/** A date column as text. */
export function dayText(column: string): RawBuilder<string> {
  return sql<string>`to_char(${sql.ref(column)}, 'YYYY-MM-DD')`
}

/** Rows of the stage changes `actions` (the timeline), dated by the change. */
export function eventRows(db: Db, range: Range, actions: readonly string[]) {
  return db
    .selectFrom('application_events as ev')
    .select(['ev.application_id as subject_id', chinaDayOf('ev.occurred_at').as('day')])
    .where('ev.action', 'in', actions)
    .where('ev.occurred_at', '>=', range.from)
    .where('ev.occurred_at', '<', range.until)
}

export function figure(def: Figure): Figure {
  return def
}
