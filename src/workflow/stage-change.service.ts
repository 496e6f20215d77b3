import { stageChangeEmail } from '../../views/emails/stage-change.js'
import { type Stage, STAGE_TEXT } from './stages.js'
import { insertAuditEvent } from '../audit/audit.repository.js'
import type { Db } from '../db/database.js'
import type { Deps } from '../deps.js'
import { NotFound, StaleVersion, TransitionRefused } from '../errors.js'
import { insertOutboxMessage, type NewOutboxMessage } from '../notifications/outbox.repository.js'
import { formatTrackingCode } from '../kernel/tracking-code.js'
import { applyClockEffects } from '../deadlines/clock-effects.js'
import type { NoticeContent } from '../notices/notice-content.js'
import { issueNotice, type IssuedNotice } from '../notices/notice.service.js'
import { transactionWithNotices } from '../notices/notice-transaction.js'
import { openElectronicService } from '../service-of-documents/electronic-service.js'
import { insertApplicationEvent } from './application-event.repository.js'
import { ACTION_LABEL, canTransition, type Action, type Actor } from './transitions.js'

export type StageChange = {
  applicationId: string
  action: Action
  actor: { type: 'applicant' | 'system' | 'staff'; id?: string | null; roles: readonly Actor[] }
  /** the version the acting page showed; a stale page is refused (docs/product.md §8) */
  expectedVersion?: number
  ip?: string | null
  /** text for the applicant's timeline, e.g. the reasons of a decision once served */
  publicNote?: string
  /**
   * The notice this change issues (受理通知书, 不予受理通知书 …): numbered and stored in the same
   * transaction, after the clock effects so it stops the clock the change started, and attached to
   * the stage email — one email per action. The caller's transaction must come from
   * transactionWithNotices (changeStage does that).
   */
  notice?: NoticeContent
}

export type StageChangeResult = { stage: Stage; version: number; notice?: IssuedNotice }

/**
 * The one way an application moves between stages (docs/product.md §9), for applicant, staff and jobs alike:
 * one transaction with the row locked, the rule checked, the timeline entry, the audit event and
 * the applicant's email (outbox) — all or nothing.
 */
export async function changeStage(deps: Deps, change: StageChange): Promise<StageChangeResult> {
  return transactionWithNotices(deps, (trx) => applyStageChange(trx, deps, change))
}

/** The same inside the caller's transaction, for changes that write more rows (e.g. 补正). */
export async function applyStageChange(
  trx: Db,
  deps: Deps,
  change: StageChange,
): Promise<StageChangeResult> {
  const now = deps.clock.now()
  const app = await lockApplication(trx, change.applicationId)
  if (change.expectedVersion !== undefined && change.expectedVersion !== app.version) {
    throw new StaleVersion(
      `该申请已被更新，当前状态为“${STAGE_TEXT[app.stage].label}”。请返回申请详情，看过最新情况后再决定下一步。`,
    )
  }
  const check = canTransition(app.stage, change.action, change.actor.roles)
  if (!check.ok) throw new TransitionRefused(`${check.reason}。`)
  const version = app.version + 1
  await trx
    .updateTable('applications')
    .set({ stage: check.to, version, updated_at: now })
    .where('id', '=', app.id)
    .execute()
  await applyClockEffects(trx, deps, app.id, change.action)
  const notice = change.notice && (await issueStageNotice(trx, deps, change, now))
  await insertApplicationEvent(trx, {
    applicationId: app.id,
    at: now,
    action: change.action,
    from: app.stage,
    to: check.to,
    publicNote: timelineNote(change.publicNote, notice),
  })
  await insertAuditEvent(trx, {
    actor: {
      type: change.actor.type,
      id: change.actor.id ?? null,
      roles: [...change.actor.roles],
    },
    ip: change.ip ?? null,
    action: `application.${change.action}`,
    object: { type: 'application', id: app.id },
    result: 'success',
    details: { from: app.stage, to: check.to, version },
    at: now,
  })
  if (app.email) {
    const email = stageEmail(deps, app, check.to, change, version, now, notice)
    const messageId = await insertOutboxMessage(trx, email)
    // With consent, this email is the notice's electronic service (src/service-of-documents).
    if (notice)
      await openElectronicService(trx, {
        applicationId: app.id,
        documentId: notice.documentId,
        messageId,
      })
  }
  return { stage: check.to, version, ...(notice ? { notice } : {}) }
}

function issueStageNotice(trx: Db, deps: Deps, change: StageChange, at: Date) {
  const staff = change.actor.type === 'staff'
  return issueNotice(trx, deps, {
    ...change.notice!,
    applicationId: change.applicationId,
    at,
    staffId: staff ? (change.actor.id ?? null) : null,
    staffRoles: change.actor.roles,
    ip: change.ip ?? null,
  })
}

function timelineNote(note: string | undefined, notice: IssuedNotice | undefined): string | null {
  const issued = notice ? `本院已出具${notice.title}（${notice.number}）。` : ''
  return [note, issued].filter(Boolean).join('\n') || null
}

async function lockApplication(trx: Db, id: string) {
  const app = await trx
    .selectFrom('applications')
    .select(['id', 'stage', 'version', 'email', 'tracking_code'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst()
  if (!app) throw new NotFound('没有找到这件申请。')
  return app
}

/** The applicant's one email for the change; the notice it issued rides along as an attachment. */
function stageEmail(
  deps: Deps,
  app: { id: string; email: string | null; tracking_code: string },
  to: Stage,
  change: StageChange,
  version: number,
  now: Date,
  notice: IssuedNotice | undefined,
): NewOutboxMessage {
  return stageChangeEmail({
    site: deps.siteSettings.current(),
    publicBaseUrl: deps.config.publicBaseUrl,
    applicationId: app.id,
    email: app.email!,
    trackingCode: formatTrackingCode(app.tracking_code),
    actionLabel: ACTION_LABEL[change.action],
    stage: STAGE_TEXT[to],
    publicNote: change.publicNote,
    notice,
    version,
    now,
  })
}
