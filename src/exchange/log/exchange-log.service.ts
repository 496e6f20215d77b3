import { insertAuditEvent } from '../../audit/audit.repository.js'
import type { Deps } from '../../deps.js'
import { chinaDateTime } from '../../kernel/china-time.js'
import { formatFileSize } from '../../kernel/file-size.js'
import { recordedActor, type StaffActor } from '../../staff/staff-actor.js'
import {
  findExchangeLogEntries,
  findExchangeYears,
  sumExchangeLog,
  type ExchangeLogCursor,
  type ExchangeLogListRow,
  type ExchangeLogQuery,
} from './exchange-log.repository.js'
import { DIRECTION_LABEL, SOURCE_LABEL, type ExchangeLogFilter } from './exchange-log.schema.js'

export const EXCHANGE_LOG_PAGE_SIZE = 30

export type ExchangeEntryView = {
  id: string
  exchangedOn: string
  direction: string
  source: string
  counterpart: string
  content: string
  itemCount: number
  file?: { name: string; size: string; sha256: string; shortHash: string }
  note: string | undefined
  handledBy: string
  recordedAt: string
}

/** Per direction and in all: what the statistics count (docs/decisions/035-exchange-log.md). */
export type ExchangeTotalsView = {
  fromCourt: { exchanges: number; items: number }
  toCourt: { exchanges: number; items: number }
  all: { exchanges: number; items: number }
}

export type ExchangeLogPage = {
  entries: ExchangeEntryView[]
  totals: ExchangeTotalsView
  years: number[]
  period: { from?: string | undefined; to?: string | undefined }
  nextAfter: string | undefined
}

/** The log, one page of it, and the totals of the whole chosen period. Viewing is audited. */
export async function viewExchangeLog(
  deps: Deps,
  actor: StaffActor,
  filter: ExchangeLogFilter,
): Promise<ExchangeLogPage> {
  const query = queryOf(filter)
  const rows = await findExchangeLogEntries(
    deps.db,
    query,
    parseCursor(filter.after),
    EXCHANGE_LOG_PAGE_SIZE + 1,
  )
  const page = rows.slice(0, EXCHANGE_LOG_PAGE_SIZE)
  const totals = totalsOf(await sumExchangeLog(deps.db, query))
  await insertAuditEvent(deps.db, {
    actor: recordedActor(actor),
    ip: actor.ip,
    action: 'exchange_log.view',
    object: { type: 'exchange_log' },
    result: 'success',
    details: { ...query, shown: page.length },
    at: deps.clock.now(),
  })
  const last = page.at(-1)
  return {
    entries: page.map(toView),
    totals,
    years: await findExchangeYears(deps.db),
    period: { from: query.from, to: query.to },
    nextAfter: rows.length > EXCHANGE_LOG_PAGE_SIZE && last ? cursorOf(last) : undefined,
  }
}

function queryOf(filter: ExchangeLogFilter): ExchangeLogQuery {
  const year = filter.year
  return {
    from: year ? `${year}-01-01` : filter.from,
    to: year ? `${year}-12-31` : filter.to,
    direction: filter.direction,
  }
}

function cursorOf(row: ExchangeLogListRow): string {
  return `${row.exchanged_on}~${row.recorded_at.getTime()}~${row.id}`
}

function parseCursor(after: string | undefined): ExchangeLogCursor | undefined {
  if (!after) return undefined
  const [exchangedOn, ms, id] = after.split('~') as [string, string, string]
  return { exchangedOn, recordedAt: new Date(Number(ms)), id }
}

function totalsOf(
  rows: { direction: 'from_court' | 'to_court'; exchanges: number; items: number }[],
): ExchangeTotalsView {
  const of = (d: 'from_court' | 'to_court') => {
    const row = rows.find((r) => r.direction === d)
    return { exchanges: row?.exchanges ?? 0, items: row?.items ?? 0 }
  }
  const fromCourt = of('from_court')
  const toCourt = of('to_court')
  return {
    fromCourt,
    toCourt,
    all: {
      exchanges: fromCourt.exchanges + toCourt.exchanges,
      items: fromCourt.items + toCourt.items,
    },
  }
}

function toView(row: ExchangeLogListRow): ExchangeEntryView {
  return {
    id: row.id,
    exchangedOn: row.exchanged_on,
    direction: DIRECTION_LABEL[row.direction],
    source: SOURCE_LABEL[row.source],
    counterpart: row.counterpart,
    content: row.content,
    itemCount: row.item_count,
    ...(row.file_name && row.file_sha256 && row.file_size !== null
      ? {
          file: {
            name: row.file_name,
            size: formatFileSize(row.file_size),
            sha256: row.file_sha256,
            shortHash: row.file_sha256.slice(0, 12),
          },
        }
      : {}),
    note: row.note ?? undefined,
    handledBy: row.handled_by_name,
    recordedAt: chinaDateTime(row.recorded_at),
  }
}
