import { addMonthsClamped, type CalendarDate } from '../../calendar/calendar-date.js'
import type { CaseFacts, CaseInput, EventFact, RuleResult } from './rule-types.js'
import { clear, unknown } from './rule-types.js'

export const ZB = '终结本次执行程序'
export const OPEN = '未结'

export function yuan(n: number): string {
  return `${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} 元`
}

export function monthsAfter(date: CalendarDate, months: number): CalendarDate {
  return addMonthsClamped(date, months).date
}

export function eventsOf(events: EventFact[], ...types: string[]): EventFact[] {
  return events.filter((e) => types.includes(e.type)).sort((a, b) => (a.date < b.date ? -1 : 1))
}

/** Number of events sheet rows, for the evidence ("该案导入执行节点 12 条"). */
export function eventCount(events: EventFact[]): string {
  return `该案已导入执行节点 ${events.length} 条`
}

type ZbCase = { facts: CaseFacts & { closingDate: CalendarDate }; events: EventFact[] }

/**
 * The common gate of the 终本 rules: a case not closed by 终本 is clear; one whose closing method,
 * closing date or event sheet the court did not send cannot be judged.
 */
export function zbGate(input: CaseInput, needEvents = true): ZbCase | RuleResult {
  const { facts, events } = input
  if (facts.closingMethod === null) return unknown('结案方式')
  if (facts.closingMethod !== ZB) return clear
  const missing = [
    ...(facts.closingDate === null ? ['结案日期'] : []),
    ...(needEvents && events === null ? ['执行措施/节点表'] : []),
  ]
  if (missing.length) return unknown(...missing)
  return { facts: facts as ZbCase['facts'], events: events ?? [] }
}

export function isResult(x: ZbCase | RuleResult): x is RuleResult {
  return 'outcome' in x
}
