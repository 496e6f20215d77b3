import { eventsOf, isResult, monthsAfter, zbGate } from './rule-helpers.js'
import { clear, raised, type Rule } from './rule-types.js'

/**
 * X06 终本后未定期查询: within the years after 终本, a gap longer than the interval between 终本 (or
 * a 终本后网络查询) and the next query (zb9). A gap still running counts once it has passed.
 */
export const x06: Rule = {
  id: 'X06',
  name: '终本后未定期查询',
  fields: ['结案方式', '结案日期', '执行措施/节点（终本后网络查询）'],
  needs: { cases: ['closingMethod', 'closingDate'], events: true },
  thresholds: [
    { key: 'X06.months', label: '终本后查询间隔', unit: '个月', default: 6, min: 1, max: 24 },
    { key: 'X06.years', label: '终本后查询的年限', unit: '年', default: 5, min: 1, max: 10 },
  ],
  bases: ['zb9'],
  weight: 2,
  evaluate(input, ctx) {
    const gate = zbGate(input)
    if (isResult(gate)) return gate
    const { closingDate } = gate.facts
    const months = ctx.thresholds['X06.months']!
    const end = monthsAfter(closingDate, ctx.thresholds['X06.years']! * 12)
    const horizon = ctx.today < end ? ctx.today : end
    const queries = eventsOf(gate.events, '终本后网络查询')
      .map((e) => e.date)
      .filter((d) => d > closingDate && d <= horizon)
    let last = closingDate
    for (const next of [...queries, horizon]) {
      const due = monthsAfter(last, months)
      if (next > due) {
        const what =
          last === closingDate ? `终本（${closingDate}）` : `上次终本后网络查询（${last}）`
        const found =
          next === horizon && !queries.includes(next)
            ? `至 ${horizon} 仍无查询记录`
            : `下一次查询在 ${next}`
        return raised(
          `${what}后应在 ${due} 前再次查询，${found}，间隔超过 ${months} 个月。`,
          `${last}|${due}|${queries.includes(next) ? next : 'none'}`,
        )
      }
      last = next
    }
    return clear
  },
}
