import { createOfficialCalendar } from '../../../src/calendar/official-calendar.js'
import { DEFAULT_THRESHOLDS } from '../../../src/leads/rules/index.js'
import type {
  CaseFacts,
  CaseInput,
  EventFact,
  LedgerFact,
  RuleContext,
} from '../../../src/leads/rules/rule-types.js'
import { NO_REFS } from '../../../src/leads/rules/rule-types.js'

export const cal = createOfficialCalendar()

export function facts(over: Partial<CaseFacts> = {}): CaseFacts {
  return {
    caseNo: '（2024）京0105执1号',
    caseKind: '首次执行',
    receivedDate: null,
    filingDate: '2024-01-10',
    cause: '买卖合同纠纷',
    applicants: ['甲公司'],
    respondents: ['张三'],
    respondentType: '自然人',
    basisType: '判决书',
    basisEffectiveDate: null,
    claimAmount: 100000,
    paidAmount: 0,
    unpaidAmount: 100000,
    closingMethod: '终结本次执行程序',
    closingDate: '2024-06-20',
    applicantRequestedZb: null,
    excludedDays: null,
    ...over,
  }
}

export function ev(type: string, date: string, over: Partial<EventFact> = {}): EventFact {
  return { type, date, endDate: null, amount: null, scope: null, note: null, ...over }
}

export function money(direction: string, date: string, amount: number): LedgerFact {
  return { direction, date, amount, txnNo: null, deferReason: null }
}

export function input(
  f: Partial<CaseFacts> = {},
  events: EventFact[] | null = [],
  ledger: LedgerFact[] | null = null,
): CaseInput {
  return { facts: facts(f), events, ledger, refs: NO_REFS }
}

export function ctx(over: Partial<RuleContext> & { t?: Record<string, number> } = {}): RuleContext {
  return {
    today: '2024-12-01',
    cal,
    thresholds: { ...DEFAULT_THRESHOLDS, ...over.t },
    loanCasesByApplicant: new Map(),
    ...over,
  }
}

/** A full set of 终本 prerequisites dated before `d`. */
export function fullZb(d = '2024-06-01'): EventFact[] {
  return [
    ev('执行通知', '2024-01-12'),
    ev('报告财产令', '2024-01-12'),
    ev('限制消费', '2024-01-20'),
    ev('纳入失信', '2024-01-20'),
    ev('约谈申请执行人', d),
    ev('网络查控(总对总)', d, { scope: '存款、证券、车辆、不动产、工商' }),
  ]
}
