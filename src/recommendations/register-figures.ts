import { sql } from 'kysely'
import type { Db } from '../db/database.js'

export type OutcomeFigures = {
  /** decided (numbered) 检察建议 */
  decided: number
  /** of those, entered afterwards from the paper register (补录) */
  backfilled: number
  served: number
  replied: number
  adopted: number
  partlyAdopted: number
  notAdopted: number
  /** replies that adopted all or part: something to carry out */
  toCarryOut: number
  /** of those, every promised measure recorded done (整改落实) */
  carriedOut: number
}

/**
 * The register's outcome figures (两高规定 第十三条: 回复; the reference user's "采纳" and "落实"):
 * counted from the register's own rows, over every decided 检察建议, or those to one court. A
 * 检察建议 is 落实 when the reply's `measures_done_on` is set (measures.service.ts).
 */
export async function findOutcomeFigures(db: Db, court?: string): Promise<OutcomeFigures> {
  const n = (condition: ReturnType<typeof sql>) =>
    sql<number>`(count(*) filter (where ${condition}))::int`
  let query = db
    .selectFrom('recommendations as r')
    .leftJoin('recommendation_replies as p', 'p.recommendation_id', 'r.id')
    .select([
      sql<number>`count(*)::int`.as('decided'),
      n(sql`r.backfilled`).as('backfilled'),
      n(sql`r.served_on is not null`).as('served'),
      n(sql`p.id is not null`).as('replied'),
      n(sql`p.outcome = 'adopted'`).as('adopted'),
      n(sql`p.outcome = 'partly_adopted'`).as('partlyAdopted'),
      n(sql`p.outcome = 'not_adopted'`).as('notAdopted'),
      n(sql`p.outcome in ('adopted', 'partly_adopted')`).as('toCarryOut'),
      n(sql`p.outcome in ('adopted', 'partly_adopted') and p.measures_done_on is not null`).as(
        'carriedOut',
      ),
    ])
    .where('r.decided_on', 'is not', null)
  if (court) query = query.where('r.addressee', '=', court)
  return query.executeTakeFirstOrThrow()
}

/** 'x %' of a share, one decimal, or undefined when there is nothing to divide by. */
export function percentOf(part: number, whole: number): string | undefined {
  if (whole === 0) return undefined
  return `${(Math.round((part / whole) * 1000) / 10).toFixed(1).replace(/\.0$/, '')} %`
}

/** The figures as the register page lists them: label, value, and how it is counted. */
export function figureRows(f: OutcomeFigures): { label: string; value: string; basis: string }[] {
  const share = (part: number, whole: number) => percentOf(part, whole) ?? '—'
  return [
    { label: '已决定提出', value: `${f.decided} 件`, basis: '经院领导批准、已编号的检察建议' },
    { label: '其中补录', value: `${f.backfilled} 件`, basis: '系统上线前提出、事后补录的' },
    { label: '已送达法院', value: `${f.served} 件`, basis: '已登记法院收到日期' },
    { label: '法院已回复', value: `${f.replied} 件`, basis: '已登记回复意见函' },
    { label: '回复率', value: share(f.replied, f.served), basis: '法院已回复 ÷ 已送达法院' },
    { label: '采纳', value: `${f.adopted} 件`, basis: '回复结论为采纳' },
    { label: '部分采纳', value: `${f.partlyAdopted} 件`, basis: '回复结论为部分采纳' },
    { label: '不采纳', value: `${f.notAdopted} 件`, basis: '回复结论为不采纳' },
    {
      label: '采纳率',
      value: share(f.adopted + f.partlyAdopted, f.replied),
      basis: '（采纳 + 部分采纳）÷ 法院已回复',
    },
    {
      label: '已落实',
      value: `${f.carriedOut} 件`,
      basis: '采纳或部分采纳、回复中承诺的措施已全部登记落实',
    },
    {
      label: '落实率',
      value: share(f.carriedOut, f.toCarryOut),
      basis: '已落实 ÷（采纳 + 部分采纳）',
    },
  ]
}
