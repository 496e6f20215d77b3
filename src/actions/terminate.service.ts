import type { Deps } from '../deps.js'
import { AppError } from '../errors.js'
import type { StaffActor } from '../staff/staff-actor.js'
import { decidePendingWithdrawal } from '../tracking/withdraw-request.repository.js'
import {
  PROVISO_GROUNDS,
  PROVISO_LABEL,
  TERMINATE_GROUND_ITEM,
  TERMINATE_GROUND_LABEL,
  WAIVER_LABEL,
  type TerminateForm,
} from './review-actions.schema.js'
import { decide, groundText, sentence } from './review-decision.js'

/**
 * 终结审查 under 规则 第七十三条, the ground worded with its proviso and cited by its 项. Where the
 * proviso had to be checked (撤回, 和解) the record keeps what staff confirmed; a withdrawal ground
 * needs the applicant's pending request, which this decision grants (docs/decisions/037-*.md).
 */
export async function terminateReview(
  deps: Deps,
  actor: StaffActor,
  id: string,
  form: TerminateForm,
) {
  const ground = groundText(TERMINATE_GROUND_LABEL, form.ground, form.detail)
  const confirmed = PROVISO_GROUNDS.includes(form.ground)
    ? `已确认：${PROVISO_LABEL}${form.ground === 'settled' ? `；${WAIVER_LABEL}` : ''}。`
    : null
  return decide(deps, actor, id, {
    action: 'terminate',
    expectedVersion: form.version,
    ground: form.ground,
    detail: form.detail || null,
    explanation: confirmed,
    publicNote: `终结审查的理由：${ground}。详见终结审查决定书。`,
    notice: terminationNotice(form),
    also: async (trx) => {
      if (form.ground !== 'withdrawn') return
      const note = confirmed ?? ''
      const at = deps.clock.now()
      const granted = await decidePendingWithdrawal(trx, id, {
        decision: 'granted',
        at,
        staffId: actor.staff.id,
        note,
      })
      if (!granted)
        throw new AppError(
          409,
          'conflict',
          '申请人没有待决定的撤回申请，不能以“申请人撤回监督申请”为由终结审查。',
        )
      return confirmed ?? undefined
    },
  })
}

/** The 终结审查决定书 as terminateReview issues it, for its preview too. */
export function terminationNotice(form: TerminateForm) {
  const ground = groundText(TERMINATE_GROUND_LABEL, form.ground, form.detail)
  return {
    kind: 'termination_decision' as const,
    fields: {
      ground: form.ground === 'other' ? ground : TERMINATE_GROUND_LABEL[form.ground],
      reason: form.ground === 'other' || !form.detail ? '' : sentence(form.detail),
      item: TERMINATE_GROUND_ITEM[form.ground],
    },
  }
}
