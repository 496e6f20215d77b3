import type { ActionLink } from '../../views/pages/staff/case/case-actions.js'
import type { ApplicationRow } from '../applications/application.table.js'
import type { StaffRole } from '../staff/staff-account.table.js'
import { ACTION_LABEL, actionsFor } from '../workflow/transitions.js'

/**
 * The workflow actions this viewer may take now (SPEC §8). Staff roles never include applicant or
 * system, so their actions (撤回, 视为撤回) are left out by actionsFor itself. A reviewer drafts the
 * 检察建议 during review; only a leader's approval moves the stage (两高规定 2016).
 */
export function caseActions(
  app: Pick<ApplicationRow, 'id' | 'stage'>,
  roles: readonly StaffRole[],
): ActionLink[] {
  const base = `/staff/applications/${app.id}/actions`
  const links = actionsFor(app.stage, roles).map((action) => ({
    href: `${base}/${action}`,
    label: ACTION_LABEL[action],
  }))
  if (app.stage === 'under_review' && roles.includes('reviewer'))
    links.push({ href: `${base}/draft_recommendation`, label: '起草检察建议' })
  if (app.stage === 'decided_recommendation' && roles.includes('reviewer'))
    links.push({ href: `${base}/court_extension`, label: '登记法院延长回复期限' })
  return links
}
