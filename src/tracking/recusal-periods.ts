import type { Deps } from '../deps.js'
import { todayInChina } from '../kernel/china-time.js'
import type { Stage } from '../workflow/stages.js'

/**
 * 规则 第十四条: a request is made "在人民检察院作出提出抗诉或者检察建议等决定前" — from 受理, while the
 * case is before this procuratorate and undecided (报请上级院办理 hands it to the 市院).
 */
export const RECUSAL_STAGES: readonly Stage[] = ['accepted', 'under_review', 'suspended']

/** 规则 第十七条: "应当在三日内作出决定" — for the decision and for the 复议 decision alike. */
export const RECUSAL_DECISION_DAYS = 3

/**
 * 规则 第十七条 lets the applicant ask for 复议 "在接到决定时" and gives no number of days. The
 * decision reaches the applicant on the status page; we keep the 复议 open for three days from the
 * decision, the same period the procuratorate has for each decision (docs/decisions/102-*.md).
 */
export const RECUSAL_REVIEW_DAYS = 3

/** The last day of a period of `days` from `from`, counted like every period (民诉法 第八十五条). */
export function recusalDue(deps: Deps, from: Date, days: number): string {
  return deps.calendar.addCalendarDays(todayInChina(from), days).due
}
