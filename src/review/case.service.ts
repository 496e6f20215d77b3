import type { FormErrors } from '../http/form.js'
import type { RevealField } from '../../views/pages/staff/case/case-answers.js'
import { findApplicationById } from '../applications/application.repository.js'
import type { ApplicationRow } from '../applications/application.table.js'
import type { ApplicationAuditAction } from '../audit/audit-action.js'
import { insertAuditEvent } from '../audit/audit.repository.js'
import type { Db } from '../db/database.js'
import type { Deps } from '../deps.js'
import { AppError, NotFound, StaleVersion, TransitionRefused } from '../errors.js'
import { isUuid } from '../kernel/ids.js'
import { recordedActor, type StaffActor } from '../staff/staff-actor.js'
import { STAGE_TEXT } from '../workflow/stages.js'
import { assignmentRefusal, mayAssignIn } from './case-assignment.js'
import { NOTE_MAX_CHARS } from './case-note.table.js'
import {
  findReviewers,
  insertNote,
  lockApplicationVersion,
  setAssignee,
} from './case.repository.js'

/** The application, or the 404 page (a malformed id never reaches the database). */
export async function getCase(deps: Deps, id: string): Promise<ApplicationRow> {
  const app = isUuid(id) ? await findApplicationById(deps.db, id) : undefined
  if (!app) throw new NotFound('没有找到这件申请。')
  return app
}

export function caseAudit(
  db: Db,
  actor: StaffActor,
  applicationId: string,
  action: ApplicationAuditAction,
  at: Date,
  details: Record<string, unknown> = {},
) {
  return insertAuditEvent(db, {
    actor: recordedActor(actor),
    ip: actor.ip,
    action: `application.${action}`,
    object: { type: 'application', id: applicationId },
    result: 'success',
    details,
    at,
  })
}

const REVEAL_FIELDS = ['id_number', 'mobile', 'agent_id_number', 'agent_mobile'] as const

export function parseRevealField(value: unknown): RevealField | undefined {
  return typeof value === 'string' && (REVEAL_FIELDS as readonly string[]).includes(value)
    ? (value as RevealField)
    : undefined
}

/** Every sight of a full ID or mobile number is recorded: which field, never the value (docs/product.md §8). */
export async function recordReveal(
  deps: Deps,
  actor: StaffActor,
  appId: string,
  field: RevealField,
) {
  await caseAudit(deps.db, actor, appId, 'reveal_identifier', deps.clock.now(), { field })
}

/** Appends a note, its text as NoteSchema checked and trimmed it. */
export async function addNote(deps: Deps, actor: StaffActor, appId: string, body: string) {
  const length = [...body].length
  const now = deps.clock.now()
  await deps.db.transaction().execute(async (trx) => {
    const noteId = await insertNote(trx, {
      applicationId: appId,
      authorId: actor.staff.id,
      body,
      at: now,
    })
    await caseAudit(trx, actor, appId, 'note_add', now, { noteId, length })
  })
}

export type AssignInput = { version: string; claim: boolean; staffId: string }

/**
 * Names the handling prosecutor (规则 第四十五条: the applicant is told the name). Based on the
 * version the page showed: a stale page is refused with the current stage and nothing changes.
 */
export async function assignHandler(
  deps: Deps,
  actor: StaffActor,
  appId: string,
  input: AssignInput,
): Promise<FormErrors> {
  const expected = Number(input.version)
  if (!/^\d+$/.test(input.version))
    throw new AppError(400, 'bad_request', '页面缺少版本信息，请返回申请详情后重新操作。')
  const target = input.claim ? claimTarget(actor) : await reviewerTarget(deps, input.staffId)
  if (!target) return { staffId: '请选择民事检察部门的检察官' }
  const now = deps.clock.now()
  await deps.db.transaction().execute(async (trx) => {
    const app = await lockApplicationVersion(trx, appId)
    if (!app) throw new NotFound('没有找到这件申请。')
    if (app.version !== expected)
      throw new StaleVersion(
        `该申请已被他人更新，当前状态为“${STAGE_TEXT[app.stage].label}”。请返回申请详情，看过最新情况后再操作。`,
      )
    if (!mayAssignIn(app.stage)) throw new TransitionRefused(assignmentRefusal(app.stage))
    // security review F27: taking over a colleague's case is a leader's reassignment, not a claim
    if (input.claim && takesOver(app.assigned_staff_id, actor))
      throw new AppError(403, 'forbidden', CLAIM_TAKEN_MESSAGE)
    await setAssignee(trx, appId, target, app.version + 1, now)
    await caseAudit(trx, actor, appId, 'assign', now, {
      staffId: target,
      previousStaffId: app.assigned_staff_id,
      claim: input.claim,
      version: app.version + 1,
    })
  })
  return {}
}

export const CLAIM_TAKEN_MESSAGE = '本案已有承办检察官。改由您承办，须由院领导重新分派。'

/** A claim by someone other than a leader over a handler already named. */
export function takesOver(
  handlerId: string | null,
  actor: { staff: { id: string; roles: readonly string[] } },
) {
  return handlerId !== null && handlerId !== actor.staff.id && !actor.staff.roles.includes('leader')
}

function claimTarget(actor: StaffActor): string {
  const r = actor.staff.roles
  if (!r.includes('reviewer') && !r.includes('leader'))
    throw new AppError(403, 'forbidden', '只有民事检察部门的检察官或院领导可以认领案件。')
  return actor.staff.id
}

async function reviewerTarget(deps: Deps, staffId: string): Promise<string | undefined> {
  if (!isUuid(staffId)) return undefined
  return (await findReviewers(deps.db)).find((r) => r.id === staffId)?.id
}
