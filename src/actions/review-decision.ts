import type { Db } from '../db/database.js'
import type { Deps } from '../deps.js'
import type { NoticeContent } from '../notices/notice-content.js'
import { transactionWithNotices } from '../notices/notice-transaction.js'
import { insertReviewRecord } from '../review/review-actions.repository.js'
import type { RecordedAction } from '../review/review-actions.table.js'
import { recordedActor, type StaffActor } from '../staff/staff-actor.js'
import { applyStageChange } from '../workflow/stage-change.service.js'
import type { Stage } from '../workflow/stages.js'
import type { Action } from '../workflow/transitions.js'

type Decision = {
  action: Action & RecordedAction
  expectedVersion: number
  publicNote?: string
  /** the decision served on the applicant (docs/product.md §10), numbered and attached to the stage email */
  notice?: NoticeContent
  ground?: string | null
  detail?: string | null
  explanation?: string | null
  /** more rows of the same change (assignment, the notice), inside its transaction; may add the
   * record's explanation once the change is applied (e.g. the review clock's new due date) */
  also?: (trx: Db, result: { stage: Stage; version: number }) => Promise<string | void>
}

/**
 * One staff decision: the stage change (row lock, version and role check, timeline, audit, email),
 * what the form recorded, and whatever else the decision writes — one transaction (docs/product.md §9).
 */
export async function decide(deps: Deps, actor: StaffActor, applicationId: string, d: Decision) {
  return transactionWithNotices(deps, async (trx) => {
    const result = await applyStageChange(trx, deps, {
      applicationId,
      action: d.action,
      expectedVersion: d.expectedVersion,
      actor: recordedActor(actor),
      ip: actor.ip,
      ...(d.publicNote ? { publicNote: d.publicNote } : {}),
      ...(d.notice ? { notice: d.notice } : {}),
    })
    const explanation = (await d.also?.(trx, result)) ?? d.explanation ?? null
    await insertReviewRecord(trx, {
      applicationId,
      action: d.action,
      ground: d.ground ?? null,
      detail: d.detail ?? null,
      explanation,
      staffId: actor.staff.id,
      at: deps.clock.now(),
      version: result.version,
    })
    return result
  })
}

export const groundText = (labels: Record<string, string>, ground: string, detail?: string) =>
  ground === 'other' && detail ? detail : labels[ground]!

export const sentence = (text: string) => (/[。！？]$/.test(text) ? text : `${text}。`)
