import type { StaffAction } from './action-table.js'
import { INTAKE_ACTIONS } from './intake-actions.js'
import { OTHER_PARTY_ACTIONS } from './other-party-actions.js'
import { RECOMMENDATION_ACTIONS } from './recommendation-actions.js'
import { REVIEW_ACTIONS } from './review-actions.js'
import { REVIEW_CLOCK_ACTIONS } from './review-clock-actions.js'
import { WITHDRAWAL_ACTIONS } from './withdrawal-actions.js'
import { RECUSAL_ACTIONS } from './recusal-actions.js'
import { SERVICE_ACTIONS } from './service-actions.js'
import { LEGAL_HOLD_ACTIONS } from './legal-hold-actions.js'

/**
 * Every staff action on an application, one row each: its form page, its POST, its access rule
 * (in the staff route table and the access-matrix test) and the confirmation on the application
 * page afterwards. A new act on an application (the 检察建议 register, leads) is one more
 * defineAction row here; actionRoutes registers it, nothing else needs to know.
 */
export const STAFF_ACTIONS: readonly StaffAction[] = [
  ...INTAKE_ACTIONS,
  ...REVIEW_ACTIONS,
  ...RECOMMENDATION_ACTIONS,
  ...WITHDRAWAL_ACTIONS,
  ...RECUSAL_ACTIONS,
  ...REVIEW_CLOCK_ACTIONS,
  ...SERVICE_ACTIONS,
  ...OTHER_PARTY_ACTIONS,
  ...LEGAL_HOLD_ACTIONS,
]

/** The actions whose confirmation names the notice they issued. */
export const NOTICE_ACTIONS: ReadonlySet<string> = new Set(
  STAFF_ACTIONS.filter((a) => a.issuesNotice).map((a) => a.name),
)

/** The application page's confirmation after each action, by `?done=<name>`. */
export const ACTION_DONE_NOTICES: Readonly<Record<string, string>> = Object.fromEntries(
  STAFF_ACTIONS.map((action) => [action.name, action.done]),
)
