import { monthsAfter, zbGate, isResult } from './rule-helpers.js'
import { clear, raised, unknown, type Rule } from './rule-types.js'

/**
 * X01 终本过早: 终本 may only be ordered after more than three months from filing (终本规定 zb1 (四)).
 * Counted in calendar months from the day after 立案 (民诉法 period counting): 终本 on the day the
 * third month ends has not "超过三个月" yet and is raised; the next day is not.
 */
export const x01: Rule = {
  id: 'X01',
  name: '终本过早',
  fields: ['结案方式', '结案日期', '立案日期'],
  needs: { cases: ['closingMethod', 'closingDate', 'filingDate'] },
  thresholds: [
    { key: 'X01.months', label: '立案后最短月数', unit: '个月', default: 3, min: 1, max: 12 },
  ],
  bases: ['zb1'],
  weight: 3,
  evaluate(input, ctx) {
    const gate = zbGate(input, false)
    if (isResult(gate)) return gate
    const { filingDate, closingDate } = gate.facts
    if (filingDate === null) return unknown('立案日期')
    const months = ctx.thresholds['X01.months']!
    const earliestEnd = monthsAfter(filingDate, months)
    if (closingDate > earliestEnd) return clear
    return raised(
      `立案日期 ${filingDate}，终本日期 ${closingDate}；立案后 ${months} 个月届满于 ${earliestEnd}，终本时尚未超过 ${months} 个月。`,
    )
  },
}
