import type { Db } from '../../db/database.js'
import type { Range } from '../period.js'
import { dayText, figure } from './figure.js'

/** An exchange counts on the day it took place (交换日期), as the exchange log records it. */
const entries = (db: Db, r: Range, direction?: 'from_court' | 'to_court') => {
  let q = db
    .selectFrom('exchange_log as e')
    .select(['e.id as subject_id', dayText('e.exchanged_on').as('day'), 'e.item_count as n'])
    .where('e.exchanged_on', '>=', r.fromDay)
    .where('e.exchanged_on', '<=', r.toDay)
  if (direction) q = q.where('e.direction', '=', direction)
  return q
}

const DIRECTIONS = [
  { direction: undefined, suffix: '', label: '' },
  { direction: 'from_court', suffix: '_from_court', label: '其中：法院→本院' },
  { direction: 'to_court', suffix: '_to_court', label: '其中：本院→法院' },
] as const

export const EXCHANGE_FIGURES = [
  ...DIRECTIONS.map((d) =>
    figure({
      id: `exchange.count${d.suffix}`,
      area: 'exchange',
      label: d.label || '信息交换',
      basis: '交换记录中的每一次交换（导入法院清单、提交本院清单、纸质交换登记），按交换日期统计',
      unit: '次',
      reduce: 'count',
      subject: 'exchange',
      ...(d.direction ? { direction: d.direction } : {}),
      rows: (db, r) => entries(db, r, d.direction),
    }),
  ),
  ...DIRECTIONS.map((d) =>
    figure({
      id: `exchange.items${d.suffix}`,
      area: 'exchange',
      label: d.label || '交换信息条数',
      basis: '交换记录登记的条数之和，按交换日期统计',
      unit: '条',
      reduce: 'sum',
      subject: 'exchange',
      ...(d.direction ? { direction: d.direction } : {}),
      rows: (db, r) => entries(db, r, d.direction),
    }),
  ),
]
