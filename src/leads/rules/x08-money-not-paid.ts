import type { DayInfo } from '../../calendar/workdays.js'
import { addCalendarDays, addWorkingDays } from '../../calendar/workdays.js'
import { yuan } from './rule-helpers.js'
import { clear, raised, unknown, type LedgerFact, type Rule } from './rule-types.js'

const OUT = ['发放', '提存']

/**
 * X08 执行款超期未发放: money received must be paid out (or lodged) within the period from its
 * arrival, unless a 延缓发放 is recorded. Paid-out money is matched to arrivals first in, first out:
 * an arrival is late when the money paid out by its due date does not cover all arrivals up to it.
 * Courts with stricter limits count working days (the unit setting).
 */
export const x08: Rule = {
  id: 'X08',
  name: '执行款超期未发放',
  fields: ['执行款台账（到账、发放、提存、延缓的日期和金额）'],
  needs: { cases: [], ledger: true },
  thresholds: [
    { key: 'X08.days', label: '发放期限', unit: '日', default: 30, min: 1, max: 180 },
    {
      key: 'X08.workingDays',
      label: '期限按工作日计算（1 = 是，0 = 按日历日）',
      unit: '',
      default: 0,
      min: 0,
      max: 1,
      note: '全国基准为 30 日；嘉鱼 5 日、康保 10 个工作日、新疆高院 15 个工作日等地方规定更严。',
    },
  ],
  bases: [],
  basisNote:
    '《最高人民法院关于执行款物管理工作的规定》（法发〔2017〕6号）：收到执行款到账通知之日起三十日内完成发放（条文序号未核实，据法院实施细则转引）；2021 年最高法专项清理以“无法定事由超过30天未发执行案款”为标准。',
  weight: 3,
  evaluate(input, ctx) {
    if (input.ledger === null) return unknown('执行款台账')
    const rows = [...input.ledger].sort((a, b) => (a.date < b.date ? -1 : 1))
    const days = ctx.thresholds['X08.days']!
    const working = ctx.thresholds['X08.workingDays'] === 1
    let received = 0
    for (const arrival of rows.filter((r) => r.direction === '到账')) {
      received += arrival.amount
      const due = dueOf(arrival.date, days, working, ctx.cal)
      if (ctx.today <= due) continue
      const paid = sum(rows, (r) => OUT.includes(r.direction) && r.date <= due)
      if (paid + 0.005 >= received) continue
      if (rows.some((r) => r.direction === '延缓' && r.date >= arrival.date && r.date <= due))
        continue
      const txn = arrival.txnNo ? `（流水号 ${arrival.txnNo}）` : ''
      return raised(
        `${arrival.date} 到账 ${yuan(arrival.amount)}${txn}，发放期限 ${days} ${working ? '个工作日' : '日'}届满于 ${due}；截至该日累计到账 ${yuan(received)}，累计发放、提存 ${yuan(paid)}，未发放 ${yuan(received - paid)}，无延缓发放记录。`,
      )
    }
    return clear
  },
}

function dueOf(from: string, days: number, working: boolean, cal: DayInfo): string {
  return working ? addWorkingDays(from, days, cal).due : addCalendarDays(from, days, cal).due
}

function sum(rows: LedgerFact[], keep: (r: LedgerFact) => boolean): number {
  return rows.filter(keep).reduce((s, r) => s + r.amount, 0)
}
