import { addDays, daysBetween } from '../../calendar/calendar-date.js'
import { eventsOf, monthsAfter, OPEN } from './rule-helpers.js'
import { clear, raised, unknown, type EventFact, type Rule } from './rule-types.js'

const SEIZURES = ['查封', '扣押', '冻结']
const PAUSES = ['中止执行', '暂缓执行']
/** Events that are not a measure taken against the respondent's property or person. */
const NOT_MEASURES = [...PAUSES, '恢复执行', '财产线索提供']

/**
 * X07A 消极执行/超期: an open case older than six months from 立案 (审限规定 trialLimits5; 执行程序解释
 * execInterpretation10), the suspended periods left out (execInterpretation13), with property under
 * seizure or no measure at all. The days left out are the court's 扣除执行期限天数 when sent, else the
 * 中止/暂缓 events' spans.
 */
export const x07a: Rule = {
  id: 'X07A',
  name: '超期未执结',
  fields: ['结案方式', '立案日期', '扣除执行期限天数', '执行措施/节点'],
  needs: { cases: ['closingMethod', 'filingDate'], events: true },
  thresholds: [
    { key: 'X07A.months', label: '执结期限', unit: '个月', default: 6, min: 1, max: 24 },
  ],
  bases: ['cpl237', 'execInterpretation10', 'execInterpretation13', 'trialLimits5'],
  weight: 2,
  evaluate(input, ctx) {
    const { facts, events } = input
    if (facts.closingMethod === null) return unknown('结案方式')
    if (facts.closingMethod !== OPEN) return clear
    if (facts.filingDate === null) return unknown('立案日期')
    if (events === null) return unknown('执行措施/节点表')
    const months = ctx.thresholds['X07A.months']!
    const excluded = facts.excludedDays ?? pausedDays(events, ctx.today)
    const due = addDays(monthsAfter(facts.filingDate, months), excluded)
    if (ctx.today <= due) return clear
    const seized = eventsOf(events, ...SEIZURES)
    const measures = events.filter((e) => !NOT_MEASURES.includes(e.type))
    if (seized.length === 0 && measures.length > 0) return clear
    const why = seized.length
      ? `已有${seized.map((e) => `${e.date} ${e.type}`).join('、')}`
      : '没有任何执行措施记录'
    const source = facts.excludedDays !== null ? '法院报送的扣除天数' : '中止、暂缓执行记录'
    return raised(
      `立案日期 ${facts.filingDate}，至 ${ctx.today} 未结案；扣除 ${excluded} 日（${source}）后 ${months} 个月期限届满于 ${due}；${why}。`,
      `${facts.filingDate}|${months}|${why}`,
    )
  },
}

function pausedDays(events: EventFact[], today: string): number {
  return eventsOf(events, ...PAUSES).reduce((sum, e) => {
    const end = e.endDate ?? today
    return sum + Math.max(0, daysBetween(e.date, end < today ? end : today))
  }, 0)
}
