import type { Db } from '../../db/database.js'
import type { Range } from '../period.js'
import { chinaDayOf, figure, type Figure } from './figure.js'

/**
 * Supervision leads (src/leads) and ex-officio cases (src/ex-officio). A lead counts as raised on the
 * day a rule first raised it, and as 有效 / 无效 on the day of its 初筛 decision (the latest one: a
 * lead re-screened after its evidence changed counts once, by its current conclusion).
 */
const raised = (db: Db, r: Range) =>
  db
    .selectFrom('leads as l')
    .select(['l.id as subject_id', chinaDayOf('l.first_raised_at').as('day')])
    .where('l.first_raised_at', '>=', r.from)
    .where('l.first_raised_at', '<', r.until)

const screened = (db: Db, r: Range, status: 'valid' | 'invalid') =>
  db
    .selectFrom('leads as l')
    .select(['l.id as subject_id', chinaDayOf('l.decided_at').as('day')])
    .where('l.status', '=', status)
    .where('l.decided_at', '>=', r.from)
    .where('l.decided_at', '<', r.until)

const opened = (db: Db, r: Range) =>
  db
    .selectFrom('ex_officio_cases as x')
    .select(['x.id as subject_id', chinaDayOf('x.opened_at').as('day')])
    .where('x.opened_at', '>=', r.from)
    .where('x.opened_at', '<', r.until)

const lead = (def: Omit<Figure, 'area' | 'unit' | 'reduce' | 'subject'>): Figure =>
  figure({ area: 'leads', unit: '条', reduce: 'count', subject: 'lead', ...def })

export const LEAD_FIGURES: Figure[] = [
  lead({
    id: 'leads.raised',
    label: '发现监督线索',
    basis: '法院执行数据经监督规则筛查发现的线索（每个执行案件一条），按首次发现的时间统计',
    rows: raised,
  }),
  lead({
    id: 'leads.valid',
    label: '初筛有效',
    basis: '按初筛认定有效的时间统计，以最近一次初筛结论为准',
    rows: (db, r) => screened(db, r, 'valid'),
  }),
  lead({
    id: 'leads.invalid',
    label: '初筛无效',
    basis: '按初筛认定无效的时间统计，以最近一次初筛结论为准',
    rows: (db, r) => screened(db, r, 'invalid'),
  }),
  figure({
    id: 'leads.ex_officio_opened',
    area: 'leads',
    label: '依职权受理监督案件',
    basis: '按依职权立案审查的时间统计，含由线索、案件审查、专项活动、信访等发现的',
    unit: '件',
    reduce: 'count',
    subject: 'ex_officio',
    rows: opened,
  }),
  figure({
    id: 'leads.ex_officio_from_leads',
    area: 'leads',
    label: '其中：由监督线索发现',
    basis: '按依职权立案审查的时间统计，案件来源为监督线索的',
    unit: '件',
    reduce: 'count',
    subject: 'ex_officio',
    rows: (db, r) => opened(db, r).where('x.source', '=', 'lead'),
  }),
]
