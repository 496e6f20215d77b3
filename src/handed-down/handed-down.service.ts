import type { Readable } from 'node:stream'
import { insertAuditEvent } from '../audit/audit.repository.js'
import type { AuditAction } from '../audit/audit-action.js'
import type { Db } from '../db/database.js'
import type { Deps } from '../deps.js'
import { NotFound, StaleVersion, TransitionRefused } from '../errors.js'
import { todayInChina } from '../kernel/china-time.js'
import { isUuid } from '../kernel/ids.js'
import { recordedActor, type StaffActor } from '../staff/staff-actor.js'
import { ACCEPTED_TYPES } from '../uploads/file-checks.js'
import type { ReceivedFile } from '../uploads/multipart.js'
import { closeHandedDown, findHandedDown, insertHandedDown } from './handed-down.repository.js'
import type { HandedDownForm, HandedDownOutcomeForm } from './handed-down.schema.js'
import type { HandedDownRow } from './handed-down.table.js'

/** A day the form names must not lie ahead: a document is entered once it has arrived. */
export function futureDayProblem(deps: Deps, form: HandedDownForm): Record<string, string> {
  const today = todayInChina(deps.clock.now())
  return {
    ...(form.sourceDated > today ? { sourceDated: '来文日期不能晚于今天' } : {}),
    ...(form.receivedOn > today ? { receivedOn: '收到日期不能晚于今天' } : {}),
  }
}

/** The case with its source document, and its audit row, in one transaction. */
export async function enterHandedDown(
  deps: Deps,
  actor: StaffActor,
  form: HandedDownForm,
  doc: ReceivedFile,
): Promise<string> {
  const ext = ACCEPTED_TYPES[doc.detectedType].ext
  const at = deps.clock.now()
  return deps.db.transaction().execute(async (trx) => {
    const id = await insertHandedDown(trx, {
      kind: form.kind,
      review_ruling: form.reviewRuling,
      source_organ: form.sourceOrgan,
      source_number: form.sourceNumber,
      source_dated: form.sourceDated,
      received_on: form.receivedOn,
      due_on: form.dueOn ?? null,
      party_name: form.partyName,
      court_name: form.courtName,
      court_case_no: form.courtCaseNo,
      summary: form.summary,
      document_key: doc.storedId,
      document_name: doc.extensionMismatch ? `${doc.originalName}.${ext}` : doc.originalName,
      document_sha256: doc.sha256,
      document_size: doc.size,
      document_type: doc.detectedType,
      entered_by: actor.staff.id,
      entered_at: at,
    })
    await audit(trx, actor, 'handed_down.enter', id, at, { kind: form.kind, sha256: doc.sha256 })
    return id
  })
}

/**
 * 规则 第四十二条: the 处理意见 is reported to the upper procuratorate within its limit; 第一百零七条:
 * a handed-down 复议 case is decided here — 提请上级院监督 or 不支持. The outcomes offered follow.
 */
export function outcomesFor(row: Pick<HandedDownRow, 'kind' | 'review_ruling'>) {
  if (row.review_ruling) return ['proposed_upward', 'not_supported'] as const
  return row.kind === 'handed_down' ? (['reported'] as const) : (['handled'] as const)
}

export async function recordOutcome(
  deps: Deps,
  actor: StaffActor,
  id: string,
  form: HandedDownOutcomeForm,
): Promise<{ outcomeOn?: string; outcome?: string }> {
  const row = await getHandedDown(deps, id)
  if (row.outcome) throw new TransitionRefused('这件交办、移送案件已经办结。')
  if (!(outcomesFor(row) as readonly string[]).includes(form.outcome))
    return { outcome: '这件案件不能选择这个办理结果' }
  if (form.outcomeOn < row.received_on || form.outcomeOn > todayInChina(deps.clock.now()))
    return { outcomeOn: '办理日期应当在收到日期和今天之间' }
  const at = deps.clock.now()
  await deps.db.transaction().execute(async (trx) => {
    const done = await closeHandedDown(trx, id, form.version, {
      outcome: form.outcome,
      on: form.outcomeOn,
      note: form.note,
      by: actor.staff.id,
    })
    if (!done) throw new StaleVersion('这件案件已被他人更新，请刷新页面看过最新情况后再操作。')
    await audit(trx, actor, 'handed_down.close', id, at, { outcome: form.outcome })
  })
  return {}
}

export async function getHandedDown(deps: Deps, id: string): Promise<HandedDownRow> {
  const row = isUuid(id) ? await findHandedDown(deps.db, id) : undefined
  if (!row) throw new NotFound('没有找到这件交办、移送案件。')
  return row
}

/** The source document, audited: it names the parties. */
export async function openHandedDownDocument(
  deps: Deps,
  actor: StaffActor,
  id: string,
): Promise<{ stream: Readable; type: string; name: string; size: number }> {
  const row = await getHandedDown(deps, id)
  await audit(deps.db, actor, 'handed_down.document_download', id, deps.clock.now(), {
    sha256: row.document_sha256,
  })
  return {
    stream: deps.fileStore.open(row.document_key),
    type: row.document_type,
    name: row.document_name,
    size: row.document_size,
  }
}

function audit(
  db: Db,
  actor: StaffActor,
  action: AuditAction,
  id: string,
  at: Date,
  details: Record<string, unknown>,
) {
  return insertAuditEvent(db, {
    actor: recordedActor(actor),
    ip: actor.ip,
    action,
    object: { type: 'handed_down_case', id },
    result: 'success',
    details,
    at,
  })
}
