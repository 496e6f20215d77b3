import type { Db } from '../db/database.js'
import type { Deps } from '../deps.js'
import { AppError, NotFound, TransitionRefused } from '../errors.js'
import { formatCalendarDay } from '../kernel/china-time.js'
import { isUuid } from '../kernel/ids.js'
import type { StaffActor } from '../staff/staff-actor.js'
import { RECUSAL_REVIEW_DAYS, recusalDue } from '../tracking/recusal-periods.js'
import { DECIDING_BODY_LABEL, type RecusalRow } from '../tracking/recusal.table.js'
import { insertApplicationEvent } from '../workflow/application-event.repository.js'
import { STAGES } from '../workflow/stages.js'
import {
  clearHandlerIf,
  findStaffLabel,
  lockRecusalRequest,
  recordRecusalDecision,
  recordRecusalReviewDecision,
} from './recusal-decision.repository.js'
import type { RecusalDecisionForm } from './recusal-decision.schema.js'
import { auditStaffChange, touchApplication } from './staff-change.js'

/** A request waits for its decision, or — refused and contested — for the 复议 decision. */
export function recusalPhase(row: RecusalRow): 'decision' | 'review' | undefined {
  if (row.decision === null && row.handled_at === null) return 'decision'
  if (row.review_requested_at && !row.review_decision) return 'review'
  return undefined
}

/** The person as the applicant named them: 姓名（法律职务）, or 姓名（身份）. */
export async function recusalPerson(db: Db, row: RecusalRow): Promise<string> {
  return row.staff_id
    ? findStaffLabel(db, row.staff_id)
    : `${row.person_name}（${row.person_role}）`
}

/**
 * 规则 第十六条、第十七条: the 检察长 (or, for the 检察长, the 检察委员会) decides a recusal request and
 * its one 复议, each within three days; the applicant is told on the status page with the reasons.
 * Nobody decides on a request against themselves. A person who steps aside stops handling the case.
 */
export async function decideRecusal(
  deps: Deps,
  actor: StaffActor,
  applicationId: string,
  form: RecusalDecisionForm,
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const { stage } = await touchApplication(trx, deps, {
      applicationId,
      expectedVersion: form.version,
      stages: STAGES,
      what: '作出回避决定',
    })
    const row = isUuid(form.recusalId)
      ? await lockRecusalRequest(trx, applicationId, form.recusalId)
      : undefined
    if (!row) throw new NotFound('没有找到这项回避申请。')
    const phase = recusalPhase(row)
    if (!phase) throw new TransitionRefused('这项回避申请已经作出决定，没有待决定的事项。')
    if (row.staff_id === actor.staff.id)
      throw new AppError(403, 'forbidden', '被申请回避的人员不能对针对本人的回避申请作出决定。')
    const at = deps.clock.now()
    await recordOutcome(trx, { row, phase, form, by: actor.staff.id, at })
    const action = phase === 'decision' ? 'recusal_decide' : 'recusal_review_decide'
    const granted = form.outcome === 'recused'
    const person = await recusalPerson(trx, row)
    const note = { phase, granted, person, body: form.body, reasons: form.reasons, at }
    await insertApplicationEvent(trx, {
      applicationId,
      at,
      action,
      from: stage,
      to: stage,
      publicNote: decisionNote(deps, note),
    })
    const details = { recusalId: row.id, outcome: form.outcome, body: form.body }
    await auditStaffChange(trx, deps, actor, applicationId, `application.${action}`, details)
  })
}

/** The decision or the 复议 decision on the row; a person who steps aside stops handling the case. */
async function recordOutcome(
  trx: Db,
  d: {
    row: RecusalRow
    phase: 'decision' | 'review'
    form: RecusalDecisionForm
    by: string
    at: Date
  },
) {
  const { row, form, by, at } = d
  const granted = form.outcome === 'recused'
  if (d.phase === 'decision')
    await recordRecusalDecision(trx, row.id, {
      decision: form.outcome,
      body: form.body,
      reasons: form.reasons,
      by,
      at,
    })
  else
    await recordRecusalReviewDecision(trx, row.id, {
      decision: granted ? 'recused' : 'upheld',
      reasons: form.reasons,
      by,
      at,
    })
  if (granted && row.staff_id) await clearHandlerIf(trx, row.application_id, row.staff_id)
}

function decisionNote(
  deps: Deps,
  d: {
    phase: 'decision' | 'review'
    granted: boolean
    person: string
    body: RecusalDecisionForm['body']
    reasons: string
    at: Date
  },
): string {
  const reasons = `理由：${d.reasons.replace(/[。；]$/, '')}。`
  const by = DECIDING_BODY_LABEL[d.body]
  if (d.phase === 'review')
    return d.granted
      ? `本院复议决定（${by}）：准许${d.person}回避。${reasons}本院将另行确定办案人员。`
      : `本院复议决定（${by}）：维持驳回回避申请的决定。${reasons}`
  if (d.granted) return `本院决定（${by}）：准许${d.person}回避。${reasons}本院将另行确定办案人员。`
  const lastDay = formatCalendarDay(recusalDue(deps, d.at, RECUSAL_REVIEW_DAYS))
  return `本院决定（${by}）：驳回对${d.person}的回避申请。${reasons}您对决定不服的，可以在 ${lastDay} 前在本页面申请复议一次。`
}
