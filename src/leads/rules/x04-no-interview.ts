import { eventCount, isResult, zbGate } from './rule-helpers.js'
import { clear, raised, type Rule } from './rule-types.js'

/**
 * X04 未约谈申请执行人: no 约谈 before 终本, unless the applicant asked for 终本 himself. The national
 * article is not confirmed (docs/domain-rules.md §3.7): the rule rests on 民诉解释 517 (签字确认
 * or 合议庭 + 院长批准) and the local rules named on the rule page.
 */
export const x04: Rule = {
  id: 'X04',
  name: '未约谈申请执行人',
  fields: ['结案方式', '结案日期', '申请人申请终结本次执行程序', '执行措施/节点（约谈申请执行人）'],
  needs: { cases: ['closingMethod', 'closingDate'], events: true },
  thresholds: [],
  bases: ['cplInterpretation517'],
  basisNote: '约谈申请执行人的全国性条文未能核实；威海中院、河南高院等地方规范要求终本前约谈。',
  weight: 1,
  evaluate(input) {
    const gate = zbGate(input)
    if (isResult(gate)) return gate
    if (gate.facts.applicantRequestedZb === true) return clear
    const { closingDate } = gate.facts
    if (gate.events.some((e) => e.type === '约谈申请执行人' && e.date <= closingDate)) return clear
    return raised(
      `终本日期 ${closingDate}，此日及以前没有约谈申请执行人的记录，也未载明申请执行人申请终本（${eventCount(gate.events)}）。`,
    )
  },
}
