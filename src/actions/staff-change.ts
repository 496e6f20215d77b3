import { type Stage, STAGE_TEXT } from '../workflow/stages.js'
import type { AuditAction } from '../audit/audit-action.js'
import { insertAuditEvent } from '../audit/audit.repository.js'
import type { Db } from '../db/database.js'
import type { Deps } from '../deps.js'
import { NotFound, StaleVersion, TransitionRefused } from '../errors.js'
import { recordedActor, type StaffActor } from '../staff/staff-actor.js'
import {
  lockApplicationVersion,
  setApplicationVersion,
} from '../review/review-actions.repository.js'

export function staleMessage(stage: Stage): string {
  return `该申请已被更新，当前状态为“${STAGE_TEXT[stage].label}”。请点下面的“返回申请详情”，看过最新情况后再决定下一步。`
}

/**
 * A staff change that does not move the stage (a 检察建议 draft, a court's extension) still takes
 * the row lock and the version check, and bumps the version, so two pages cannot overwrite each
 * other and a decision is never taken on a page older than the draft it shows (docs/product.md §8).
 */
export async function touchApplication(
  trx: Db,
  deps: Deps,
  input: { applicationId: string; expectedVersion: number; stages: readonly Stage[]; what: string },
): Promise<{ stage: Stage; version: number }> {
  const app = await lockApplicationVersion(trx, input.applicationId)
  if (!app) throw new NotFound('没有找到这件申请。')
  if (app.version !== input.expectedVersion) throw new StaleVersion(staleMessage(app.stage))
  if (!input.stages.includes(app.stage))
    throw new TransitionRefused(`当前状态为“${STAGE_TEXT[app.stage].label}”，不能${input.what}。`)
  const version = app.version + 1
  await setApplicationVersion(trx, app.id, version, deps.clock.now())
  return { stage: app.stage, version }
}

/** The audit row of a staff change; `details` carries codes and ids only, never free text. */
export async function auditStaffChange(
  trx: Db,
  deps: Deps,
  actor: StaffActor,
  applicationId: string,
  action: AuditAction,
  details: Record<string, unknown>,
  result: 'success' | 'denied' = 'success',
): Promise<void> {
  await insertAuditEvent(trx, {
    actor: recordedActor(actor),
    ip: actor.ip,
    action,
    object: { type: 'application', id: applicationId },
    result,
    details,
    at: deps.clock.now(),
  })
}
