import { addCalendarDays } from '../../calendar/workdays.js'
import { eventsOf } from './rule-helpers.js'
import { clear, raised, unknown, type Rule } from './rule-types.js'

/**
 * X07C 财产线索未及时核实: a lead the applicant gave must be checked within seven days
 * (propertyInvestigation2), counted by the calendar module. A lead whose period has not ended is clear.
 */
export const x07c: Rule = {
  id: 'X07C',
  name: '财产线索未及时核实',
  fields: ['执行措施/节点（财产线索提供、财产线索核实）'],
  needs: { cases: [], events: true },
  thresholds: [
    { key: 'X07C.days', label: '核实财产线索的期限', unit: '日', default: 7, min: 1, max: 60 },
  ],
  bases: ['propertyInvestigation2'],
  weight: 1,
  evaluate(input, ctx) {
    if (input.events === null) return unknown('执行措施/节点表')
    const days = ctx.thresholds['X07C.days']!
    const checks = eventsOf(input.events, '财产线索核实')
    for (const given of eventsOf(input.events, '财产线索提供')) {
      const { due } = addCalendarDays(given.date, days, ctx.cal)
      if (ctx.today <= due) continue
      if (checks.some((c) => c.date >= given.date && c.date <= due)) continue
      const later = checks.find((c) => c.date > due)
      const what = later ? `${later.date} 才核实` : `至 ${ctx.today} 没有核实记录`
      return raised(
        `${given.date} 申请执行人提供财产线索，应于 ${due} 前核实，${what}。`,
        `${given.date}|${due}|${later?.date ?? 'none'}`,
      )
    }
    return clear
  },
}
