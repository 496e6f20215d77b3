import type { CaseHeader } from '../../views/pages/staff/review-action.js'
import type { Deps } from '../deps.js'
import { NotFound, TransitionRefused } from '../errors.js'
import { findCaseSummary, type CaseSummary } from '../review/review-actions.repository.js'
import type { StaffActor } from '../staff/staff-actor.js'
import { formatTrackingCode } from '../kernel/tracking-code.js'
import { STAGE_TEXT } from '../workflow/stages.js'
import { canTransition } from '../workflow/transitions.js'
import type { ActionScope } from './action-table.js'

/**
 * The application an action page is about (404 when there is none). An action that its stage or
 * the person's roles do not allow is refused here, before any form is shown or read, with the
 * reason (409).
 */
export async function loadCase(
  deps: Deps,
  id: string,
  scope: ActionScope & { title: string },
  actor: StaffActor,
): Promise<CaseSummary> {
  const app = await findCaseSummary(deps.db, id)
  if (!app) throw new NotFound('没有找到这件申请。')
  if (scope.stages) {
    if (!scope.stages.includes(app.stage))
      throw new TransitionRefused(
        `当前状态为“${STAGE_TEXT[app.stage].label}”，不能${scope.title}。`,
      )
  } else {
    const allowed = canTransition(app.stage, scope.name, actor.staff.roles)
    if (!allowed.ok) throw new TransitionRefused(`${allowed.reason}。`)
  }
  return app
}

/** What every action page shows about the application it acts on. */
export function headerOf(app: CaseSummary): CaseHeader {
  return {
    id: app.id,
    trackingCode: formatTrackingCode(app.tracking_code),
    applicantName: app.applicant_name,
    courtName: app.court_name,
    caseNumber: app.case_number,
    stageLabel: STAGE_TEXT[app.stage].label,
    version: app.version,
  }
}
