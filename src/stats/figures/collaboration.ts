import type { Db } from '../../db/database.js'
import type { Range } from '../period.js'
import { dayText, figure, type Figure, type Subject } from './figure.js'

/**
 * Collaboration with the court (src/collaboration): 联席会议 by the day held, crime-lead referrals by
 * the day sent to the police and the police's decision by its day, 涉执信访 by the day received and
 * their outcome by the day concluded.
 */
const MEETING_KINDS = [
  ['chiefs', '其中：法检“两长”联席会'],
  ['info_exchange', '其中：信息交换联席会'],
  ['city_consult', '其中：市院–中院会商'],
  ['other', '其中：其他会商'],
] as const

const meetings = (db: Db, r: Range) =>
  db
    .selectFrom('collab_meetings as m')
    .select(['m.id as subject_id', dayText('m.held_on').as('day')])
    .where('m.held_on', '>=', r.fromDay)
    .where('m.held_on', '<=', r.toDay)

const sent = (db: Db, r: Range) =>
  db
    .selectFrom('collab_referrals as f')
    .select(['f.id as subject_id', dayText('f.sent_on').as('day')])
    .where('f.sent_on', '>=', r.fromDay)
    .where('f.sent_on', '<=', r.toDay)

const policeDecided = (db: Db, r: Range, decision: 'filed' | 'not_filed') =>
  db
    .selectFrom('collab_referrals as f')
    .select(['f.id as subject_id', dayText('f.police_decision_on').as('day')])
    .where('f.police_decision', '=', decision)
    .where('f.police_decision_on', '>=', r.fromDay)
    .where('f.police_decision_on', '<=', r.toDay)

const petitions = (db: Db, r: Range) =>
  db
    .selectFrom('collab_petitions as p')
    .select(['p.id as subject_id', dayText('p.received_on').as('day')])
    .where('p.received_on', '>=', r.fromDay)
    .where('p.received_on', '<=', r.toDay)

const concluded = (db: Db, r: Range, outcome: 'resolved' | 'converted') =>
  db
    .selectFrom('collab_petitions as p')
    .select(['p.id as subject_id', dayText('p.outcome_on').as('day')])
    .where('p.outcome', '=', outcome)
    .where('p.outcome_on', '>=', r.fromDay)
    .where('p.outcome_on', '<=', r.toDay)

const count = (
  subject: Subject,
  unit: Figure['unit'],
  def: Omit<Figure, 'area' | 'unit' | 'reduce' | 'subject'>,
): Figure => figure({ area: 'collaboration', unit, reduce: 'count', subject, ...def })

export const COLLABORATION_FIGURES: Figure[] = [
  count('meeting', '次', {
    id: 'collaboration.meetings',
    label: '召开联席会议、会商',
    basis: '会议记录中的每一次联席会议或会商，按召开日期统计',
    rows: meetings,
  }),
  ...MEETING_KINDS.map(([kind, label]) =>
    count('meeting', '次', {
      id: `collaboration.meetings_${kind}`,
      label,
      basis: '按召开日期和会议类别统计',
      rows: (db, r) => meetings(db, r).where('m.kind', '=', kind),
    }),
  ),
  count('referral', '件', {
    id: 'collaboration.referrals_sent',
    label: '向公安机关移送犯罪线索',
    basis: '按移送函发出的日期统计（拒不执行判决、裁定罪，妨害作证罪，虚假诉讼罪等）',
    rows: sent,
  }),
  count('referral', '件', {
    id: 'collaboration.referrals_filed',
    label: '公安机关立案',
    basis: '按公安机关作出立案决定的日期统计',
    rows: (db, r) => policeDecided(db, r, 'filed'),
  }),
  count('referral', '件', {
    id: 'collaboration.referrals_not_filed',
    label: '公安机关不立案',
    basis: '按公安机关作出不立案决定的日期统计',
    rows: (db, r) => policeDecided(db, r, 'not_filed'),
  }),
  count('petition', '件', {
    id: 'collaboration.petitions_received',
    label: '受理涉执行信访',
    basis: '按收到信访（来访、来信、来电、网上信访、法院移交）的日期统计',
    rows: petitions,
  }),
  count('petition', '件', {
    id: 'collaboration.petitions_resolved',
    label: '涉执行信访化解',
    basis: '按办结日期统计，办理结果为化解的',
    rows: (db, r) => concluded(db, r, 'resolved'),
  }),
  count('petition', '件', {
    id: 'collaboration.petitions_converted',
    label: '涉执行信访转为监督申请',
    basis: '按办结日期统计，转为民事执行监督申请的',
    rows: (db, r) => concluded(db, r, 'converted'),
  }),
]
