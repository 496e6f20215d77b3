import { sql } from 'kysely'
import { daysBetween } from '../../calendar/calendar-date.js'
import type { Db } from '../../db/database.js'
import type { Range } from '../period.js'
import { dayText, eventRows, figure, type FigureRow } from './figure.js'

/** The four ways a review ends here (docs/product.md §9), by the stage change that records it. */
export const OUTCOMES = [
  { action: 'decide_recommendation', label: '提出检察建议' },
  { action: 'decide_not_supported', label: '不支持监督申请' },
  { action: 'terminate', label: '终结审查' },
  { action: 'escalate', label: '报请上级院办理' },
] as const

const ALL = OUTCOMES.map((o) => o.action)

/**
 * Decisions that end a review, with its 3-month clock (规则 第五十二条): the days it ran, the days
 * it stood paused (a pause still open at the decision counts up to the decision), and its due date.
 */
const decidedWithClock = (db: Db, r: Range) =>
  eventRows(db, r, ALL)
    .innerJoin('application_clocks as k', (j) =>
      j.onRef('k.application_id', '=', 'ev.application_id').on('k.kind', '=', 'review'),
    )
    .select([
      dayText('k.started_on').as('start_day'),
      sql<number>`k.paused_days + coalesce(greatest(0, (ev.occurred_at at time zone 'UTC' + interval '8 hours')::date - k.paused_on), 0)`.as(
        'paused',
      ),
    ])

export const REVIEW_FIGURES = [
  figure({
    id: 'review.decided',
    area: 'review',
    label: '审查终结',
    basis:
      '按作出决定的时间统计：提出检察建议（经院领导批准）、不支持监督申请、终结审查、报请上级院办理',
    unit: '件',
    reduce: 'count',
    subject: 'application',
    rows: (db, r) => eventRows(db, r, ALL),
  }),
  ...OUTCOMES.map((o) =>
    figure({
      id: `review.${o.action}`,
      area: 'review',
      label: `其中：${o.label}`,
      basis: '按作出决定的时间统计',
      unit: '件',
      reduce: 'count',
      subject: 'application',
      rows: (db, r) => eventRows(db, r, [o.action]),
    }),
  ),
  figure({
    id: 'review.median_days',
    area: 'review',
    label: '审查用时（中位数）',
    basis:
      '期间内审查终结的案件，自受理之日（审查期限起算日）至决定之日的日数，扣除中止审查等不计入审查期限的期间（规则 第五十二条）',
    unit: '日',
    reduce: 'median',
    subject: 'application',
    rows: decidedWithClock,
    days: (row: FigureRow) => daysBetween(row.start_day!, row.day) - (row.paused ?? 0),
    durationColumns: ['start_day', 'day', 'paused'],
  }),
  figure({
    id: 'review.within_3_months',
    area: 'review',
    label: '三个月内审查终结的比例',
    basis: '期间内审查终结的案件中，在审查期限（三个月，扣除不计入期间后顺延）内作出决定的比例',
    unit: '%',
    reduce: 'share',
    subject: 'application',
    rows: (db, r) =>
      decidedWithClock(db, r).select(
        sql<boolean>`(ev.occurred_at at time zone 'UTC' + interval '8 hours')::date <= k.due`.as(
          'ok',
        ),
      ),
  }),
]
