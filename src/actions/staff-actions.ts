import type { StaffAction } from './action-table.js'
import { INTAKE_ACTIONS } from './intake-actions.js'
import { RECOMMENDATION_ACTIONS } from './recommendation-actions.js'
import { REVIEW_ACTIONS } from './review-actions.js'

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
]

/** The application page's confirmation after each action, by `?done=<name>`. */
export const ACTION_DONE_NOTICES: Readonly<Record<string, string>> = Object.fromEntries(
  STAFF_ACTIONS.map((action) => [action.name, action.done]),
)
