import type { ActionLink } from '../../views/pages/staff/case/case-actions.js'
import { STAFF_ACTIONS } from '../actions/staff-actions.js'
import type { ApplicationRow } from '../applications/application.table.js'
import type { StaffRole } from '../staff/staff-account.table.js'
import { ACTION_LABEL, actionsFor } from '../workflow/transitions.js'

/**
 * The workflow actions this viewer may take now (docs/product.md §8). Staff roles never include applicant or
 * system, so their actions (撤回, 视为撤回) are left out by actionsFor itself. After them come the
 * acts of the action table that leave the stage alone, open in this stage to one of the viewer's
 * roles: a reviewer drafts the 检察建议 during review; only a leader's approval moves the stage
 * (两高规定 2016).
 */
export function caseActions(
  app: Pick<ApplicationRow, 'id' | 'stage'>,
  roles: readonly StaffRole[],
): ActionLink[] {
  const href = (name: string) => `/staff/applications/${app.id}/actions/${name}`
  const steps = actionsFor(app.stage, roles).map((action) => ({
    href: href(action),
    label: ACTION_LABEL[action],
  }))
  const acts = STAFF_ACTIONS.filter(
    (a) =>
      a.listed !== false &&
      a.stages?.includes(app.stage) &&
      a.roles?.some((role) => roles.includes(role)),
  ).map((a) => ({ href: href(a.name), label: a.title }))
  return [...steps, ...acts]
}
