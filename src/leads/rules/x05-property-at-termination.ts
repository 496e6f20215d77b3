import { eventsOf, isResult, yuan, zbGate } from './rule-helpers.js'
import { clear, raised, type EventFact, type Rule } from './rule-types.js'

const SEIZURES = ['查封', '扣押', '冻结']
const RELEASES = '解封/解冻/解扣'

/**
 * X05A 带财终本: a 查封/扣押/冻结 still in force on the 终本 day (no 解除 between, its 届满 not before).
 * Small deposits are left out, as the court checklist item 6 does: a 冻结 below the amount AND at most
 * the share of the claim (both configurable).
 */
export const x05a: Rule = {
  id: 'X05A',
  name: '带财终本',
  fields: [
    '结案方式',
    '结案日期',
    '申请执行标的额',
    '执行措施/节点（查封、扣押、冻结、解除及金额）',
  ],
  needs: { cases: ['closingMethod', 'closingDate'], events: true },
  thresholds: [
    {
      key: 'X05A.smallAmount',
      label: '可忽略的小额冻结（低于）',
      unit: '元',
      default: 1000,
      min: 0,
      max: 100000,
    },
    {
      key: 'X05A.smallPercent',
      label: '且不超过执行标的的',
      unit: '%',
      default: 5,
      min: 0,
      max: 100,
    },
  ],
  bases: ['zb1', 'zb9'],
  weight: 3,
  evaluate(input, ctx) {
    const gate = zbGate(input)
    if (isResult(gate)) return gate
    const { closingDate, claimAmount } = gate.facts
    const releases = eventsOf(gate.events, RELEASES)
    const active = eventsOf(gate.events, ...SEIZURES).filter(
      (e) =>
        e.date <= closingDate &&
        (e.endDate === null || e.endDate >= closingDate) &&
        !releases.some((r) => r.date >= e.date && r.date <= closingDate) &&
        !isSmallDeposit(e, claimAmount, ctx.thresholds),
    )
    if (active.length === 0) return clear
    const list = active.map(
      (e) =>
        `${e.date} ${e.type}${e.amount !== null ? ` ${yuan(e.amount)}` : ''}${e.scope ? `（${e.scope}）` : ''}`,
    )
    return raised(`终本日期 ${closingDate}，终本时仍有效的措施：${list.join('；')}，没有解除记录。`)
  },
}

function isSmallDeposit(e: EventFact, claim: number | null, t: Record<string, number>): boolean {
  if (e.type !== '冻结' || e.amount === null || claim === null || claim <= 0) return false
  return e.amount < t['X05A.smallAmount']! && e.amount <= (claim * t['X05A.smallPercent']!) / 100
}
