import { sql } from 'kysely'
import type { Db } from '../../db/database.js'
import type { Range } from '../period.js'
import { chinaDayOf, dayText, eventRows, figure, type FigureRow } from './figure.js'

const received = (db: Db, r: Range) =>
  db
    .selectFrom('applications as a')
    .select(['a.id as subject_id', chinaDayOf('a.submitted_at').as('day')])
    .where('a.submitted_at', '>=', r.from)
    .where('a.submitted_at', '<', r.until)

const event = (id: string, label: string, action: string, basis: string) =>
  figure({
    id,
    area: 'applications',
    label,
    basis,
    unit: '件',
    reduce: 'count',
    subject: 'application',
    rows: (db, r) => eventRows(db, r, [action]),
  })

/** A statutory clock that stopped in the range, and whether it stopped by its due date. */
const clockKept = (db: Db, r: Range, kind: 'procedural_reply' | 'acceptance_notice') =>
  db
    .selectFrom('application_clocks as k')
    .select([
      'k.application_id as subject_id',
      chinaDayOf('k.stopped_at').as('day'),
      sql<boolean>`${chinaDayOf('k.stopped_at')} <= ${dayText('k.due')}`.as('ok'),
    ])
    .where('k.kind', '=', kind)
    .where('k.stopped_at', '>=', r.from)
    .where('k.stopped_at', '<', r.until)

const decisionDays = (d: string) =>
  figure({
    id: `applications.decision_days_${d}`,
    area: 'applications',
    label: d === 'median' ? '收到至作出受理决定（中位数）' : '收到至作出受理决定（第 90 百分位）',
    basis:
      '期间内作出受理、不予受理或告知决定的申请，自收到申请次日起至决定之日的工作日数（按本院工作日历，含补正期间），按决定日期统计',
    unit: '个工作日',
    reduce: d === 'median' ? 'median' : 'p90',
    subject: 'application',
    rows: (db, r) =>
      eventRows(db, r, ['accept', 'not_accept', 'refer'])
        .innerJoin('applications as a', 'a.id', 'ev.application_id')
        .select(chinaDayOf('a.submitted_at').as('start_day')),
    days: (row: FigureRow, cal) => cal.workingDaysUntil(row.start_day!, row.day),
    durationColumns: ['start_day', 'day'],
  })

export const APPLICATION_FIGURES = [
  figure({
    id: 'applications.received',
    area: 'applications',
    label: '收到监督申请',
    basis: '按提交（窗口录入）时间统计，含网上申请和窗口录入',
    unit: '件',
    reduce: 'count',
    subject: 'application',
    rows: received,
  }),
  ...(['online', 'counter'] as const).map((channel) =>
    figure({
      id: `applications.received_${channel}`,
      area: 'applications',
      label: channel === 'online' ? '其中：网上申请' : '其中：窗口录入',
      basis: '按提交（窗口录入）时间统计',
      unit: '件',
      reduce: 'count',
      subject: 'application',
      rows: (db, r) => received(db, r).where('a.channel', '=', channel),
    }),
  ),
  figure({
    id: 'applications.supplement_requested',
    area: 'applications',
    label: '通知补正',
    basis: '按发出补正通知的时间统计；同一申请多次补正的，每次计一次',
    unit: '次',
    reduce: 'count',
    subject: 'application',
    rows: (db, r) =>
      db
        .selectFrom('supplement_requests as s')
        .select(['s.application_id as subject_id', chinaDayOf('s.requested_at').as('day')])
        .where('s.requested_at', '>=', r.from)
        .where('s.requested_at', '<', r.until),
  }),
  event('applications.accepted', '受理', 'accept', '按受理决定的时间统计'),
  event('applications.not_accepted', '不予受理', 'not_accept', '按不予受理决定的时间统计'),
  event('applications.referred', '告知向有关机关反映', 'refer', '按作出告知的时间统计'),
  event('applications.withdrawn', '受理前撤回', 'withdraw', '按申请人撤回的时间统计'),
  event(
    'applications.deemed_withdrawn',
    '补正逾期视为撤回',
    'deem_withdrawn',
    '按视为撤回之日统计（规则 第二十一条）',
  ),
  decisionDays('median'),
  decisionDays('p90'),
  figure({
    id: 'applications.reply_within_7',
    area: 'applications',
    label: '七个工作日内程序性答复的比例',
    basis:
      '期间内作出程序性答复（受理、不予受理、告知或通知补正）的申请中，在收到后七个工作日答复期限内答复的比例，按答复日期统计；申请人在答复前撤回的，计为期限内结束',
    unit: '%',
    reduce: 'share',
    subject: 'application',
    rows: (db, r) => clockKept(db, r, 'procedural_reply'),
  }),
  figure({
    id: 'applications.notice_within_3',
    area: 'applications',
    label: '三日内发出受理通知书的比例',
    basis:
      '期间内发出受理通知书的案件中，在受理后三日内发出的比例（规则 第三十三条），按发出日期统计',
    unit: '%',
    reduce: 'share',
    subject: 'application',
    rows: (db, r) => clockKept(db, r, 'acceptance_notice'),
  }),
]
