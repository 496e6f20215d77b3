import type { Deps } from '../deps.js'
import { AppError, NotFound, StaleVersion, TransitionRefused } from '../errors.js'
import { STAGE_TEXT } from '../workflow/stages.js'
import { transactionWithNotices } from '../notices/notice-transaction.js'
import { applyStageChange } from '../workflow/stage-change.service.js'
import { canTransition } from '../workflow/transitions.js'
import { recordedActor, type StaffActor } from '../staff/staff-actor.js'
import type { DecideForm, DraftForm } from './recommendation.schema.js'
import { findDraft, lockApplicationVersion } from '../review/review-actions.repository.js'
import { auditStaffChange, staleMessage, touchApplication } from './staff-change.js'
import { enterApplicationRecommendation } from '../recommendations/register.service.js'

export const OWN_DRAFT_MESSAGE =
  '这份检察建议由您起草或修改过。起草人不能批准或退回自己起草的检察建议，须由其他院领导审批。'

/**
 * The reviewer's 检察建议 draft: written or edited while the case is under review and the draft is
 * not approved. It counts for nothing until a leader approves it (two-step, 两高规定 2016).
 */
export async function saveDraft(deps: Deps, actor: StaffActor, id: string, form: DraftForm) {
  const now = deps.clock.now()
  await deps.db.transaction().execute(async (trx) => {
    await touchApplication(trx, deps, {
      applicationId: id,
      expectedVersion: form.version,
      stages: ['under_review'],
      what: '起草检察建议',
    })
    const existing = await findDraft(trx, id)
    if (existing?.status === 'approved')
      throw new AppError(409, 'conflict', '检察建议已经批准，不能再修改。')
    const text = {
      court_name: form.courtName,
      violations: form.violations,
      recommendation: form.recommendation,
      legal_basis: form.legalBasis,
      status: 'drafted' as const,
      drafted_by: actor.staff.id,
      drafted_at: now,
    }
    // security review F22: everyone who ever saved the text is an author, not only the last
    const editors = existing?.editor_ids ?? []
    const editor_ids = editors.includes(actor.staff.id) ? editors : [...editors, actor.staff.id]
    if (existing)
      await trx
        .updateTable('recommendation_drafts')
        .set({
          ...text,
          editor_ids,
          decided_by: null,
          decided_at: null,
          version: existing.version + 1,
        })
        .where('id', '=', existing.id)
        .execute()
    else
      await trx
        .insertInto('recommendation_drafts')
        .values({ application_id: id, ...text, editor_ids })
        .execute()
    await auditStaffChange(trx, deps, actor, id, 'application.draft_recommendation', {
      draftVersion: (existing?.version ?? 0) + 1,
    })
  })
}

/**
 * A leader approves the latest draft (the stage moves to decided_recommendation and the court-reply
 * clock starts) or returns it with a comment (no stage change). No one who wrote or edited it may
 * decide on it, even holding the leader role: the approval is a second person's check.
 */
export async function decideRecommendation(
  deps: Deps,
  actor: StaffActor,
  id: string,
  form: DecideForm,
) {
  try {
    return await decideInTransaction(deps, actor, id, form)
  } catch (err) {
    // a drafter trying to approve their own text is worth a line in the audit log (docs/product.md §8)
    if (err instanceof AppError && err.code === 'forbidden')
      await auditStaffChange(
        deps.db,
        deps,
        actor,
        id,
        'application.decide_recommendation',
        { reason: 'own_draft' },
        'denied',
      )
    throw err
  }
}

async function decideInTransaction(deps: Deps, actor: StaffActor, id: string, form: DecideForm) {
  const now = deps.clock.now()
  return transactionWithNotices(deps, async (trx) => {
    const app = await lockApplicationVersion(trx, id)
    if (!app) throw new NotFound('没有找到这件申请。')
    if (app.version !== form.version) throw new StaleVersion(staleMessage(app.stage))
    const check = canTransition(app.stage, 'decide_recommendation', actor.staff.roles)
    if (!check.ok) throw new TransitionRefused(`${check.reason}。`)
    const draft = await findDraft(trx, id)
    if (!draft || draft.status !== 'drafted')
      throw new AppError(409, 'conflict', noDraftMessage(draft?.status))
    if (draft.drafted_by === actor.staff.id || draft.editor_ids.includes(actor.staff.id))
      throw new AppError(403, 'forbidden', OWN_DRAFT_MESSAGE)
    await trx
      .updateTable('recommendation_drafts')
      .set({
        status: form.decision === 'approve' ? 'approved' : 'returned',
        decided_by: actor.staff.id,
        decided_at: now,
        return_comment: form.decision === 'return' ? form.comment! : null,
      })
      .where('id', '=', draft.id)
      .execute()
    if (form.decision === 'return') {
      await touchApplication(trx, deps, {
        applicationId: id,
        expectedVersion: form.version,
        stages: ['under_review'],
        what: '退回检察建议',
      })
      await auditStaffChange(trx, deps, actor, id, 'application.return_recommendation', {
        draftVersion: draft.version,
      })
      return { stage: app.stage, approved: false }
    }
    const result = await applyStageChange(trx, deps, {
      applicationId: id,
      action: 'decide_recommendation',
      expectedVersion: form.version,
      actor: recordedActor(actor),
      ip: actor.ip,
      // legal review D18: decided now, sent within 15 days (规则 第一百零八条)
      publicNote: `本院决定向${draft.court_name}提出检察建议，将在决定之日起十五日内将检察建议书移送法院。法院应当在收到后三个月内书面回复。`,
      // 规则 第一百零八条: the 检察建议书 goes to the court; the applicant is served the 通知书
      notice: {
        kind: 'recommendation_notice',
        fields: { court: draft.court_name, summary: draft.violations },
      },
    })
    // every 检察建议 is in the register (/staff/recommendations), entered with the decision
    await enterApplicationRecommendation(trx, deps, {
      applicationId: id,
      draft,
      draftedBy: draft.drafted_by,
      draftedAt: draft.drafted_at,
      actor,
    })
    return { stage: result.stage, approved: true }
  })
}

export function noDraftMessage(status: string | undefined): string {
  if (status === 'returned') return '检察建议稿已退回承办检察官修改，修改后才能审批。'
  if (status === 'approved')
    return `检察建议已经批准，当前状态为“${STAGE_TEXT.decided_recommendation.label}”。`
  return '还没有检察建议稿，不能批准。请先由承办检察官起草检察建议。'
}
