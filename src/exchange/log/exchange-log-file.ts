import type { Readable } from 'node:stream'
import { insertAuditEvent } from '../../audit/audit.repository.js'
import type { Deps } from '../../deps.js'
import { NotFound } from '../../errors.js'
import { isUuid } from '../../kernel/ids.js'
import { recordedActor, type StaffActor } from '../../staff/staff-actor.js'
import { findExchangeLogFile } from './exchange-log.repository.js'

/** The content type a download announces, by the stored name's extension (names are ours). */
const TYPE_BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  xls: 'application/vnd.ms-excel',
  csv: 'text/csv; charset=utf-8',
}

export type OpenedExchangeFile = { stream: Readable; type: string; name: string; size: number }

/**
 * The file attached to one exchange (a scanned list, an import's original, an outgoing list),
 * opened and audited: court lists name parties, so every download leaves a trace (docs/product.md
 * §8). Always sent as an attachment, never shown inside the site.
 */
export async function openExchangeFile(
  deps: Deps,
  actor: StaffActor,
  id: string,
): Promise<OpenedExchangeFile> {
  const row = isUuid(id) ? await findExchangeLogFile(deps.db, id) : undefined
  if (!row) throw new NotFound('没有找到这份交换材料。')
  const stream = deps.fileStore.open(row.file_key)
  await insertAuditEvent(deps.db, {
    actor: recordedActor(actor),
    ip: actor.ip,
    action: 'exchange_log.download',
    object: { type: 'exchange_log', id: row.id },
    result: 'success',
    details: { source: row.source, sha256: row.file_sha256 },
    at: deps.clock.now(),
  }).catch((err: unknown) => {
    stream.destroy()
    throw err
  })
  const ext = /\.([a-z0-9]+)$/i.exec(row.file_name)?.[1]?.toLowerCase() ?? ''
  return {
    stream,
    type: TYPE_BY_EXTENSION[ext] ?? 'application/octet-stream',
    name: row.file_name,
    size: row.file_size,
  }
}
