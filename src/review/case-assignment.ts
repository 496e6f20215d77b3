import type { AssignmentView } from '../../views/pages/staff/case/case-assignment.js'
import type { ApplicationRow } from '../applications/application.table.js'
import { type Stage, STAGE_TEXT } from '../workflow/stages.js'
import type { Deps } from '../deps.js'
import type { StaffUser } from '../staff/staff-env.js'
import { findReviewers } from './case.repository.js'

/**
 * A handler is named once the case is accepted and moves to 民事检察 (规则 第四十条), and can change
 * while it is open; a terminal case keeps the handler it had.
 */
export function mayAssignIn(stage: Stage): boolean {
  return !STAGE_TEXT[stage].terminal && stage !== 'submitted' && stage !== 'supplement_requested'
}

export function assignmentRefusal(stage: Stage): string {
  return STAGE_TEXT[stage].terminal
    ? `当前状态为“${STAGE_TEXT[stage].label}”，案件已结束，不能再分派承办检察官。`
    : `当前状态为“${STAGE_TEXT[stage].label}”，受理后才能分派承办检察官。`
}

export async function assignmentView(
  deps: Deps,
  app: ApplicationRow,
  viewer: StaffUser,
  handler: string | undefined,
): Promise<AssignmentView> {
  if (!mayAssignIn(app.stage))
    return { handler, form: null, closedReason: assignmentRefusal(app.stage) }
  const reviewers = await findReviewers(deps.db)
  return {
    handler,
    form: {
      reviewers: reviewers.map((r) => ({ id: r.id, name: r.display_name })),
      // security review F27: a case already assigned is claimed only through a leader
      canClaim:
        app.assigned_staff_id !== viewer.id &&
        (viewer.roles.includes('leader') ||
          (viewer.roles.includes('reviewer') && app.assigned_staff_id === null)),
    },
  }
}
