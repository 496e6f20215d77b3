import { insertAuditEvent } from '../../audit/audit.repository.js'
import type { AuditAction } from '../../audit/audit-action.js'
import type { Deps } from '../../deps.js'
import { NotFound } from '../../errors.js'
import { isUuid } from '../../kernel/ids.js'
import { recordedActor, type StaffActor } from '../../staff/staff-actor.js'
import { findBatchCases, findCaseDetails, findCourtCase } from './court-case-view.repository.js'
import { findBatch, findProfile, listBatches } from './exchange-batch.repository.js'
import type { ExchangeBatchRow } from './exchange-import.table.js'

/** Every view and download of imported court data leaves an audit row (docs/product.md §14). */
export async function auditExchangeRead(
  deps: Deps,
  actor: StaffActor,
  action: AuditAction,
  object: { type: string; id?: string },
  details: Record<string, unknown> = {},
): Promise<void> {
  await insertAuditEvent(deps.db, {
    actor: recordedActor(actor),
    ip: actor.ip,
    action,
    object,
    result: 'success',
    details,
    at: deps.clock.now(),
  })
}

export async function getBatch(deps: Deps, id: string): Promise<ExchangeBatchRow> {
  const batch = isUuid(id) ? await findBatch(deps.db, id) : undefined
  if (!batch) throw new NotFound('没有找到这个导入批次。')
  return batch
}

export async function batchPageData(deps: Deps, actor: StaffActor, id: string) {
  const batch = await getBatch(deps, id)
  await auditExchangeRead(deps, actor, 'exchange.batch_view', { type: 'exchange_batch', id })
  const [profile, cases] = await Promise.all([
    batch.profile_id ? findProfile(deps.db, batch.profile_id) : undefined,
    batch.status === 'confirmed' ? findBatchCases(deps.db, batch.id) : [],
  ])
  return { batch, profile, cases }
}

export async function exchangeIndexData(deps: Deps, actor: StaffActor) {
  await auditExchangeRead(deps, actor, 'exchange.list_view', { type: 'exchange_batch' })
  return listBatches(deps.db)
}

export async function courtCaseData(deps: Deps, actor: StaffActor, id: string, reveal: boolean) {
  const kase = isUuid(id) ? await findCourtCase(deps.db, id) : undefined
  if (!kase) throw new NotFound('没有找到这个法院案件。')
  const details = await findCaseDetails(deps.db, id)
  await auditExchangeRead(
    deps,
    actor,
    reveal ? 'exchange.reveal_identifier' : 'exchange.case_view',
    {
      type: 'court_case',
      id,
    },
    { court: kase.court_code },
  )
  const identifiers = details.identifiers.map((i) => ({
    kind: i.kind,
    value: deps.fieldCrypto.decrypt(i.value_encrypted),
  }))
  return { kase, ...details, identifiers }
}
