import { eventCount, isResult, zbGate } from './rule-helpers.js'
import { clear, raised, type Rule } from './rule-types.js'

const REQUIRED = ['执行通知', '报告财产令', '限制消费'] as const

/** X02 终本前要件缺失: 执行通知, 报告财产令 and 限制消费令 must precede 终本 (zb1 (一)(二), zb2). */
export const x02: Rule = {
  id: 'X02',
  name: '终本前要件缺失',
  fields: ['结案方式', '结案日期', '执行措施/节点（执行通知、报告财产令、限制消费）'],
  needs: { cases: ['closingMethod', 'closingDate'], events: true },
  thresholds: [],
  bases: ['zb1', 'zb2', 'propertyInvestigation3'],
  weight: 3,
  evaluate(input) {
    const gate = zbGate(input)
    if (isResult(gate)) return gate
    const { closingDate } = gate.facts
    const absent = REQUIRED.filter(
      (type) => !gate.events.some((e) => e.type === type && e.date <= closingDate),
    )
    if (absent.length === 0) return clear
    return raised(
      `终本日期 ${closingDate}，此日及以前没有${absent.join('、')}的记录（${eventCount(gate.events)}）。`,
    )
  },
}
