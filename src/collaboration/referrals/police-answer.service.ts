import type { Deps } from '../../deps.js'
import { NotFound, TransitionRefused } from '../../errors.js'
import type { FormErrors } from '../../http/form.js'
import { isUuid } from '../../kernel/ids.js'
import type { StaffActor } from '../../staff/staff-actor.js'
import { auditCollab } from '../common/collab-audit.js'
import { lockReferral, updateReferral } from './referral.repository.js'
import type { AnswerForm, SupervisionAnswerForm } from './referral.schema.js'
import { clockOf, notAhead, referralPeriods } from './referral.service.js'
import type { ReferralRow } from './referral.table.js'

type Result = { ok: true } | { ok: false; errors: FormErrors }
type Change = (row: ReferralRow) => Promise<Result> | Result

async function withReferral(deps: Deps, id: string, change: (trx: Deps['db']) => Change) {
  if (!isUuid(id)) throw new NotFound('没有找到这条线索。')
  return deps.db.transaction().execute(async (trx) => {
    const row = await lockReferral(trx, id)
    if (!row) throw new NotFound('没有找到这条线索。')
    return change(trx)(row)
  })
}

function dayProblem(deps: Deps, row: ReferralRow, day: string, label: string): string | undefined {
  const ahead = notAhead(deps, day, label)
  if (ahead) return ahead
  if (row.sent_on && day < row.sent_on) return `${label}不能早于移送日期（${row.sent_on}）`
  return undefined
}

/** 受案 (and, for a complex case, the longer period), then 立案 or 不立案 with reasons, once. */
export async function recordPoliceAnswer(
  deps: Deps,
  actor: StaffActor,
  id: string,
  form: AnswerForm,
): Promise<Result> {
  const now = deps.clock.now()
  return withReferral(deps, id, (trx) => async (row) => {
    if (!row.sent_on) throw new TransitionRefused('线索尚未移送公安机关，不能登记答复。')
    if (row.police_decision) throw new TransitionRefused('已登记公安机关的立案决定，不能重复登记。')
    const problem = dayProblem(deps, row, form.answeredOn, '答复日期')
    if (problem) return { ok: false, errors: { answeredOn: problem } }
    const decided = form.answer === 'filed' || form.answer === 'not_filed'
    await updateReferral(trx, row.id, {
      ...(form.answer === 'accepted' || form.answer === 'complex'
        ? { police_accepted_on: row.police_accepted_on ?? form.answeredOn }
        : {}),
      ...(form.answer === 'complex' ? { police_complex: true } : {}),
      ...(decided
        ? {
            police_decision: form.answer as 'filed' | 'not_filed',
            police_decision_on: form.answeredOn,
            police_reasons: form.answer === 'not_filed' ? form.reasons! : null,
          }
        : {}),
    })
    await auditCollab(trx, actor, now, {
      action: 'referral.police_answer',
      type: 'collab_referral',
      id: row.id,
      details: { answer: form.answer, on: form.answeredOn },
    })
    return { ok: true }
  })
}

/** 要求说明不立案理由 (刑事诉讼法 第一百一十三条): only when the police did not file or not in time. */
export async function requestSupervision(
  deps: Deps,
  actor: StaffActor,
  id: string,
  requestedOn: string,
): Promise<Result> {
  const periods = await referralPeriods(deps)
  const now = deps.clock.now()
  return withReferral(deps, id, (trx) => async (row) => {
    if (!clockOf(deps, row, periods).supervisionPrompt)
      throw new TransitionRefused('公安机关尚未决定不立案，也未逾期，现在不能要求说明不立案理由。')
    const problem = dayProblem(deps, row, requestedOn, '发出要求的日期')
    if (problem) return { ok: false, errors: { requestedOn: problem } }
    await updateReferral(trx, row.id, { supervision_requested_on: requestedOn })
    await auditCollab(trx, actor, now, {
      action: 'referral.supervision_request',
      type: 'collab_referral',
      id: row.id,
      details: { on: requestedOn },
    })
    return { ok: true }
  })
}

export async function recordSupervisionAnswer(
  deps: Deps,
  actor: StaffActor,
  id: string,
  form: SupervisionAnswerForm,
): Promise<Result> {
  const now = deps.clock.now()
  return withReferral(deps, id, (trx) => async (row) => {
    if (!row.supervision_requested_on || row.supervision_answer_on)
      throw new TransitionRefused('没有等待公安机关说明理由的要求。')
    if (form.answeredOn < row.supervision_requested_on)
      return {
        ok: false,
        errors: {
          answeredOn: `收到说明的日期不能早于发出要求的日期（${row.supervision_requested_on}）`,
        },
      }
    const problem = dayProblem(deps, row, form.answeredOn, '收到说明的日期')
    if (problem) return { ok: false, errors: { answeredOn: problem } }
    await updateReferral(trx, row.id, {
      supervision_answer_on: form.answeredOn,
      supervision_answer: form.answer,
    })
    await auditCollab(trx, actor, now, {
      action: 'referral.supervision_answer',
      type: 'collab_referral',
      id: row.id,
      details: { on: form.answeredOn },
    })
    return { ok: true }
  })
}
