import { insertAuditEvent } from '../../audit/audit.repository.js'
import type { Deps } from '../../deps.js'
import { todayInChina } from '../../kernel/china-time.js'
import { recordedActor, type StaffActor } from '../../staff/staff-actor.js'
import { ACCEPTED_TYPES } from '../../uploads/file-checks.js'
import type { ReceivedFile } from '../../uploads/multipart.js'
import { insertExchangeLogEntry } from './exchange-log.repository.js'
import type { PaperExchangeForm } from './exchange-log.schema.js'

/** The date of an exchange on paper cannot lie ahead; undefined when it is fine. */
export function exchangeDateProblem(deps: Deps, exchangedOn: string): string | undefined {
  const today = todayInChina(deps.clock.now())
  if (exchangedOn > today) return `交换日期不能晚于今天（${today}）`
  if (exchangedOn < '2000-01-01') return '交换日期不能早于 2000 年'
  return undefined
}

/**
 * Records an exchange that happened on paper, with its scanned list when there is one: the entry
 * and its audit event commit together. The file is already stored; the caller removes it again
 * if this throws.
 */
export async function recordPaperExchange(
  deps: Deps,
  actor: StaffActor,
  form: PaperExchangeForm,
  scan: ReceivedFile | undefined,
): Promise<string> {
  const now = deps.clock.now()
  return deps.db.transaction().execute(async (trx) => {
    const id = await insertExchangeLogEntry(trx, {
      exchanged_on: form.exchangedOn,
      direction: form.direction,
      source: 'paper',
      counterpart: form.counterpart,
      content: form.content,
      item_count: form.itemCount,
      note: form.note ?? null,
      handled_by: actor.staff.id,
      recorded_at: now,
      ...(scan ? fileColumns(scan) : {}),
    })
    await insertAuditEvent(trx, {
      actor: recordedActor(actor),
      ip: actor.ip,
      action: 'exchange_log.add',
      object: { type: 'exchange_log', id },
      result: 'success',
      details: {
        direction: form.direction,
        items: form.itemCount,
        ...(scan ? { sha256: scan.sha256 } : {}),
      },
      at: now,
    })
    return id
  })
}

/** A scan whose name says .jpg but whose bytes are a PNG is kept under the name its bytes deserve. */
function fileColumns(scan: ReceivedFile) {
  const ext = ACCEPTED_TYPES[scan.detectedType].ext
  const name = scan.extensionMismatch ? `${scan.originalName}.${ext}` : scan.originalName
  return {
    file_key: scan.storedId,
    file_name: name,
    file_sha256: scan.sha256,
    file_size: scan.size,
  }
}
