import { addDays } from '../../calendar/calendar-date.js'
import { eventsOf, isResult, zbGate } from './rule-helpers.js'
import { clear, raised, unknown, type Rule } from './rule-types.js'

/** The channels a 总对总 search must cover (court checklist items 2–4, docs/domain-rules.md §3.7). */
const CHANNELS: [string, RegExp][] = [
  ['存款', /存款|银行/],
  ['证券', /证券/],
  ['车辆', /车辆/],
  ['不动产', /不动产|房产|房屋/],
  ['工商', /工商|股权|市场监管/],
]

/**
 * X03 查控不全: "已穷尽财产调查措施" (zb1 (三)) read as a 总对总 network search covering every
 * channel within the days before 终本. A search whose scope the court did not send cannot be judged.
 */
export const x03: Rule = {
  id: 'X03',
  name: '查控不全',
  fields: ['结案方式', '结案日期', '执行措施/节点（网络查控(总对总)及查询范围）'],
  needs: { cases: ['closingMethod', 'closingDate'], events: true },
  thresholds: [
    { key: 'X03.days', label: '终本前查控的回溯天数', unit: '日', default: 91, min: 30, max: 365 },
  ],
  bases: ['zb1'],
  weight: 2,
  evaluate(input, ctx) {
    const gate = zbGate(input)
    if (isResult(gate)) return gate
    const { closingDate } = gate.facts
    const from = addDays(closingDate, -ctx.thresholds['X03.days']!)
    const searches = eventsOf(gate.events, '网络查控(总对总)').filter(
      (e) => e.date >= from && e.date <= closingDate,
    )
    if (searches.length === 0)
      return raised(`终本日期 ${closingDate}，${from} 至终本日没有网络查控(总对总)的记录。`)
    if (searches.some((e) => e.scope === null)) return unknown('网络查控的查询范围')
    const scope = searches.map((e) => e.scope).join('；')
    const lacking = CHANNELS.filter(([, re]) => !re.test(scope)).map(([name]) => name)
    if (lacking.length === 0) return clear
    return raised(
      `终本日期 ${closingDate}，${from} 至终本日的网络查控(总对总)共 ${searches.length} 次，查询范围未包括${lacking.join('、')}。`,
    )
  },
}
