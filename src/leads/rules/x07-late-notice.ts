import { addCalendarDays } from '../../calendar/workdays.js'
import { eventsOf } from './rule-helpers.js'
import { clear, raised, unknown, type Rule } from './rule-types.js'

/**
 * X07B 执行通知迟延: the 执行通知 must go out within ten days of receiving the application
 * (cplInterpretation480). Counted by the calendar module: the day of receipt is not counted and a
 * period ending on a rest day ends on the next working day.
 */
export const x07b: Rule = {
  id: 'X07B',
  name: '执行通知迟延',
  fields: ['收案日期', '执行措施/节点（执行通知）'],
  needs: { cases: ['receivedDate'], events: true },
  thresholds: [
    { key: 'X07B.days', label: '发出执行通知的期限', unit: '日', default: 10, min: 1, max: 60 },
  ],
  bases: ['cplInterpretation480'],
  weight: 1,
  evaluate(input, ctx) {
    const { facts, events } = input
    if (facts.receivedDate === null) return unknown('收案日期')
    if (events === null) return unknown('执行措施/节点表')
    const notice = eventsOf(events, '执行通知')[0]
    if (!notice) return unknown('执行通知日期')
    const days = ctx.thresholds['X07B.days']!
    const { due, explanation } = addCalendarDays(facts.receivedDate, days, ctx.cal)
    if (notice.date <= due) return clear
    return raised(
      `收案日期 ${facts.receivedDate}，执行通知 ${notice.date} 发出；期限（${explanation}）届满于 ${due}。`,
    )
  },
}
