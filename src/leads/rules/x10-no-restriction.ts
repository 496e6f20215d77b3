import { eventCount, isResult, zbGate } from './rule-helpers.js'
import { clear, raised, type Rule } from './rule-types.js'

/**
 * X10 终本未限消: a 终本 case with no 限制消费 at all (zb1 (二)). 失信 is required only for respondents
 * "符合条件", which the data cannot tell, so its absence is mentioned in the evidence but never raises.
 */
export const x10: Rule = {
  id: 'X10',
  name: '终本未限消',
  fields: ['结案方式', '结案日期', '执行措施/节点（限制消费、纳入失信）'],
  needs: { cases: ['closingMethod', 'closingDate'], events: true },
  thresholds: [],
  bases: ['zb1'],
  weight: 2,
  evaluate(input) {
    const gate = zbGate(input)
    if (isResult(gate)) return gate
    if (gate.events.some((e) => e.type === '限制消费')) return clear
    const blacklist = gate.events.some((e) => e.type === '纳入失信') ? '' : '，也没有纳入失信的记录'
    return raised(
      `终本日期 ${gate.facts.closingDate}，该案没有限制消费的记录${blacklist}（${eventCount(gate.events)}）。`,
    )
  },
}
