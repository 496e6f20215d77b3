import type { Deps } from '../deps.js'
import { chinaDateTime, chinaDayStart } from '../kernel/china-time.js'
import { csvText } from '../kernel/csv-cell.js'
import { ROLE_LABEL } from '../staff/roles.js'
import type { StaffRole } from '../staff/staff-account.table.js'
import type { AuditFilter } from './audit-log.schema.js'
import { findAuditEvents, type AuditListRow, type AuditQuery } from './audit-log.repository.js'
import { insertAuditEvent } from './audit.repository.js'
import { checkAuditChain, type ChainCheck } from './audit-chain.repository.js'

export const AUDIT_PAGE_SIZE = 50
/** An export is one request's work; a larger period is exported in parts (narrow the dates). */
export const AUDIT_EXPORT_MAX = 20_000

export const RESULT_LABEL = { success: '成功', failure: '失败', denied: '拒绝' } as const

export type AuditEntryView = {
  id: string
  at: string
  actor: string
  ip: string
  action: string
  object: string
  result: string
  details: string
}

type Viewer = { id: string; roles: StaffRole[]; ip: string | null }

export async function viewAuditLog(
  deps: Deps,
  viewer: Viewer,
  filter: AuditFilter,
): Promise<{ entries: AuditEntryView[]; nextBefore: string | undefined; chain: ChainCheck }> {
  const rows = await findAuditEvents(deps.db, toQuery(filter), AUDIT_PAGE_SIZE + 1)
  const page = rows.slice(0, AUDIT_PAGE_SIZE)
  // checked before this view's own event is written, so the result covers what was shown
  const chain = await checkAuditChain(deps.db)
  await record(deps, viewer, 'audit.view', filter, {
    shown: page.length,
    chainIntact: intact(chain),
  })
  return {
    entries: page.map(toEntryView),
    nextBefore: rows.length > AUDIT_PAGE_SIZE ? page.at(-1)!.id : undefined,
    chain,
  }
}

const intact = (chain: ChainCheck) => chain.firstBrokenId === null && chain.headMatches

const CSV_HEADER = ['编号', '时间（北京时间）', '操作人', 'IP', '操作', '对象', '结果', '详情']

/** UTF-8 with a BOM so Excel opens the Chinese correctly; `details` never hold personal data. */
export async function exportAuditCsv(
  deps: Deps,
  viewer: Viewer,
  filter: AuditFilter,
): Promise<{ csv: string; count: number }> {
  const rows = await findAuditEvents(
    deps.db,
    toQuery({ ...filter, before: undefined }),
    AUDIT_EXPORT_MAX,
  )
  await record(deps, viewer, 'audit.export', filter, { exported: rows.length })
  const lines = [CSV_HEADER, ...rows.map(toEntryView).map((e) => Object.values(e))]
  return {
    csv: csvText(lines),
    count: rows.length,
  }
}

function toQuery(f: AuditFilter): AuditQuery {
  return {
    from: f.from ? chinaDayStart(f.from) : undefined,
    until: f.to ? new Date(chinaDayStart(f.to).getTime() + 86_400_000) : undefined,
    actorUsername: f.actor?.toLowerCase(),
    actionPrefix: f.action,
    objectType: f.objectType,
    objectId: f.objectId,
    result: f.result,
    beforeId: f.before,
  }
}

function toEntryView(row: AuditListRow): AuditEntryView {
  return {
    id: row.id,
    at: chinaDateTime(row.occurred_at),
    actor: actorText(row),
    ip: row.ip ?? '',
    action: row.action,
    object: row.object_id ? `${row.object_type}:${row.object_id}` : row.object_type,
    result: RESULT_LABEL[row.result],
    details: Object.keys(row.details).length > 0 ? JSON.stringify(row.details) : '',
  }
}

function actorText(row: AuditListRow): string {
  if (row.actor_type === 'system') return '系统'
  if (row.actor_type === 'applicant') return '申请人'
  const roles = row.actor_roles.map((r) => ROLE_LABEL[r as StaffRole] ?? r).join('、')
  const who = row.actor_username ?? (row.actor_id ? '（未知账号）' : '（未识别）')
  return roles ? `${who}（${roles}）` : who
}

function record(
  deps: Deps,
  viewer: Viewer,
  action: 'audit.view' | 'audit.export',
  filter: AuditFilter,
  extra: Record<string, number | boolean>,
) {
  const filters = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined))
  return insertAuditEvent(deps.db, {
    actor: { type: 'staff', id: viewer.id, roles: viewer.roles },
    ip: viewer.ip,
    action,
    object: { type: 'audit_log' },
    result: 'success',
    details: { filters, ...extra },
    at: deps.clock.now(),
  })
}
