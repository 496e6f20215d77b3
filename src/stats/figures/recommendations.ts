import { sql } from 'kysely'
import type { Db } from '../../db/database.js'
import type { Range } from '../period.js'
import { dayText, figure, type Figure } from './figure.js'

/**
 * The 检察建议 register (src/recommendations): every 检察建议 — decided in an application's review,
 * from an ex-officio case, or entered by hand (类案, 社会治理) — counts here, dated by the day of its
 * own event: the decision (decided_on), service on the court (served_on), the court's reply (the day
 * the 回复意见函 was received).
 */
const decided = (db: Db, r: Range) =>
  db
    .selectFrom('recommendations as r')
    .select(['r.id as subject_id', dayText('r.decided_on').as('day')])
    .where('r.decided_on', '>=', r.fromDay)
    .where('r.decided_on', '<=', r.toDay)

/**
 * The court's replies: recorded in the register (with measures and amounts), or on the application's
 * page before the register had its own form (court_replies, no measures) — one or the other per 检察建议.
 */
export const replies = (db: Db, r: Range) =>
  db
    .selectFrom(
      db
        .selectFrom('recommendation_replies as rr')
        .select([
          'rr.recommendation_id as rid',
          'rr.received_on as on',
          'rr.outcome',
          sql<number>`cardinality(rr.measures)`.as('measures'),
          sql<number>`coalesce(rr.amount_paid, 0)::float8`.as('amount'),
        ])
        .unionAll(
          db
            .selectFrom('court_replies as cr')
            .innerJoin('recommendations as r', (j) =>
              j
                .onRef('r.application_id', '=', 'cr.application_id')
                .on('r.origin', '=', 'application'),
            )
            .select([
              'r.id as rid',
              'cr.replied_on as on',
              'cr.outcome',
              sql<number>`0`.as('measures'),
              sql<number>`0::float8`.as('amount'),
            ]),
        )
        .as('x'),
    )
    .select(['x.rid as subject_id', dayText('x.on').as('day')])
    .where('x.on', '>=', r.fromDay)
    .where('x.on', '<=', r.toDay)

const OUTCOME_LABEL = {
  adopted: '采纳',
  partly_adopted: '部分采纳',
  not_adopted: '不采纳',
} as const

const KIND_LABEL = {
  individual: '个案检察建议',
  similar_cases: '类案检察建议',
  social_governance: '社会治理检察建议',
} as const

const count = (def: Omit<Figure, 'area' | 'unit' | 'reduce' | 'subject'>): Figure =>
  figure({
    area: 'recommendations',
    unit: '件',
    reduce: 'count',
    subject: 'recommendation',
    ...def,
  })

export const RECOMMENDATION_FIGURES: Figure[] = [
  count({
    id: 'recommendations.decided',
    label: '决定提出检察建议',
    basis: '检察建议台账中经院领导批准、编号的检察建议（个案、类案、社会治理），按决定日期统计',
    rows: decided,
  }),
  ...(['individual', 'similar_cases', 'social_governance'] as const).map((kind) =>
    count({
      id: `recommendations.decided_${kind}`,
      label: `其中：${KIND_LABEL[kind]}`,
      basis: '按决定日期和检察建议的类别统计',
      rows: (db, r) => decided(db, r).where('r.kind', '=', kind),
    }),
  ),
  count({
    id: 'recommendations.served',
    label: '送达法院（被建议单位）',
    basis: '按被建议单位收到检察建议书的日期统计（回复期限自该日起算）',
    rows: (db, r) =>
      db
        .selectFrom('recommendations as r')
        .select(['r.id as subject_id', dayText('r.served_on').as('day')])
        .where('r.served_on', '>=', r.fromDay)
        .where('r.served_on', '<=', r.toDay),
  }),
  count({
    id: 'recommendations.replied',
    label: '法院书面回复',
    basis: '按收到回复意见函的日期统计',
    rows: replies,
  }),
  ...(['adopted', 'partly_adopted', 'not_adopted'] as const).map((outcome) =>
    count({
      id: `recommendations.${outcome}`,
      label: `其中：${OUTCOME_LABEL[outcome]}`,
      basis: '按收到回复意见函的日期和回复结论统计',
      rows: (db, r) => replies(db, r).where('x.outcome', '=', outcome),
    }),
  ),
  figure({
    id: 'recommendations.reply_rate',
    area: 'recommendations',
    label: '回复率',
    basis: '期间内决定提出的检察建议中，法院至今已书面回复的比例，按决定日期统计',
    unit: '%',
    reduce: 'share',
    subject: 'recommendation',
    rows: (db, r) =>
      decided(db, r).select(sql<boolean>`r.status in ('replied', 'closed')`.as('ok')),
  }),
  figure({
    id: 'recommendations.adoption_rate',
    area: 'recommendations',
    label: '采纳率',
    basis: '期间内法院回复中，采纳和部分采纳的比例，按回复日期统计',
    unit: '%',
    reduce: 'share',
    subject: 'recommendation',
    rows: (db, r) => replies(db, r).select(sql<boolean>`x.outcome <> 'not_adopted'`.as('ok')),
  }),
  count({
    id: 'recommendations.with_measures',
    label: '法院回复采取纠正措施',
    basis:
      '按收到回复意见函的日期统计，回复中登记了已采取或承诺采取的措施（恢复执行、撤销终本、解除查封、发放执行款等）的',
    rows: (db, r) => replies(db, r).where('x.measures', '>', 0),
  }),
  figure({
    id: 'recommendations.amount_paid',
    area: 'recommendations',
    label: '因检察建议发放执行款',
    basis: '法院回复中登记的因检察建议发放的执行款金额之和，按收到回复意见函的日期统计',
    unit: '元',
    reduce: 'sum',
    subject: 'recommendation',
    rows: (db, r) => replies(db, r).select('x.amount as n').where('x.amount', '>', 0),
  }),
  count({
    id: 'recommendations.extended',
    label: '法院延长回复期限',
    basis: '按登记法院延长回复期限来函的日期统计（两高规定 第十三条）',
    rows: (db, r) =>
      db
        .selectFrom('recommendations as r')
        .select(['r.id as subject_id', dayText('r.extended_on').as('day')])
        .where('r.extended_on', '>=', r.fromDay)
        .where('r.extended_on', '<=', r.toDay),
  }),
  count({
    id: 'recommendations.followed_up',
    label: '跟进监督',
    basis:
      '按采取跟进监督措施（督促回复、提请上一级人民检察院跟进监督、再次提出检察建议）的日期统计；同一检察建议在期间内多次跟进的计一件',
    rows: (db, r) =>
      db
        .selectFrom('recommendation_follow_ups as fu')
        .select([
          'fu.recommendation_id as subject_id',
          sql<string>`to_char(min(fu.taken_on), 'YYYY-MM-DD')`.as('day'),
        ])
        .where('fu.taken_on', '>=', r.fromDay)
        .where('fu.taken_on', '<=', r.toDay)
        .groupBy('fu.recommendation_id'),
  }),
  count({
    id: 'recommendations.overdue_now',
    label: '法院逾期未回复（截至今日）',
    basis:
      '今日仍在等待法院回复、已超过回复期限（收到后三个月，延长的再加一个月）的检察建议；是当前状态，不按期间统计',
    snapshot: true,
    rows: (db, _r, today) =>
      db
        .selectFrom('recommendations as r')
        .select(['r.id as subject_id', dayText('r.reply_due').as('day')])
        .where('r.status', '=', 'awaiting_reply')
        .where('r.reply_due', '<', today),
  }),
]
