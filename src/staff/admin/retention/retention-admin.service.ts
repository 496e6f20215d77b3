import { insertAuditEvent } from '../../../audit/audit.repository.js'
import type { Deps } from '../../../deps.js'
import type { FormErrors } from '../../../http/form.js'
import {
  describeMonths,
  RETENTION_KINDS,
  RETENTION_TEXT,
  type RetentionKind,
} from '../../../kernel/retention-kinds.js'
import {
  findRetentionMonths,
  saveRetentionMonths,
} from '../../../retention/retention.repository.js'
import { PURGE_TARGETS } from '../../../retention/purge-targets.js'
import { recordedActor, type StaffActor } from '../../staff-actor.js'

export type RetentionRow = {
  kind: RetentionKind
  label: string
  from: string
  months: number
  period: string
  defaultPeriod: string
  basis: string
  verified: boolean
  /** due within 30 days (not held); null where the daily purge does not remove records one by one */
  dueSoon: number | null
  /** records: one by one (counted); by_date: old rows in bulk (the logs); manual: not purged yet */
  mode: 'records' | 'by_date' | 'manual'
  held: number
}

const PREVIEW_DAYS = 30
/** removed by date in bulk by the purge job (src/retention/purge-job.ts) */
const BY_DATE: ReadonlySet<RetentionKind> = new Set<RetentionKind>(['audit_log', 'access_logs'])
const PREVIEW_LIMIT = 10_000

/** The periods in force with their defaults and bases, and what the next 30 days will purge. */
export async function retentionOverview(deps: Deps): Promise<RetentionRow[]> {
  const months = await findRetentionMonths(deps.db)
  const asOf = new Date(deps.clock.now().getTime() + PREVIEW_DAYS * 24 * 3600_000)
  const rows: RetentionRow[] = []
  for (const kind of RETENTION_KINDS) {
    const text = RETENTION_TEXT[kind]
    const target = PURGE_TARGETS.find((t) => t.kind === kind)
    const due = target
      ? await target.findDue(deps.db, months[kind], asOf, {
          includeHeld: true,
          limit: PREVIEW_LIMIT,
        })
      : undefined
    rows.push({
      kind,
      label: text.label,
      from: text.from,
      months: months[kind],
      period: describeMonths(months[kind]),
      defaultPeriod: describeMonths(text.defaultMonths),
      basis: text.basis,
      verified: text.verified,
      dueSoon: due ? due.filter((d) => !d.held).length : null,
      mode: due ? 'records' : BY_DATE.has(kind) ? 'by_date' : 'manual',
      held: due ? due.filter((d) => d.held).length : 0,
    })
  }
  return rows
}

/** Saves one period (already checked by the route) with its audit row; reloads the settings. */
export async function saveRetentionPeriod(
  deps: Deps,
  actor: StaffActor,
  kind: RetentionKind,
  months: number,
): Promise<void> {
  const at = deps.clock.now()
  await deps.db.transaction().execute(async (trx) => {
    await saveRetentionMonths(trx, { kind, months, staffId: actor.staff.id, at })
    await insertAuditEvent(trx, {
      actor: recordedActor(actor),
      ip: actor.ip,
      action: 'settings.retention',
      object: { type: 'retention_period', id: kind },
      result: 'success',
      details: { months },
      at,
    })
  })
  // the privacy page states the periods: it is rendered again from the new settings
  await deps.siteSettings.load()
}

/** A floor in law (网络日志) cannot be undercut; the message names it. */
export function checkMinimum(kind: RetentionKind, months: number): FormErrors {
  const min = RETENTION_TEXT[kind].minMonths
  return months < min
    ? {
        months: `${RETENTION_TEXT[kind].label}至少保存 ${min} 个月（${RETENTION_TEXT[kind].basis}）`,
      }
    : {}
}
