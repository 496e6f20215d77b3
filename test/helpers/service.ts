import type { Deps } from '../../src/deps.js'
import { todayInChina } from '../../src/kernel/china-time.js'
import { insertService } from '../../src/service-of-documents/service.repository.js'
import { startSupplementPeriodOnService } from '../../src/supplements/supplement-period.js'

/**
 * Records that the post delivered the application's latest 补正通知书 (today, unless `servedOn`
 * is given), as the 登记送达 action does, and starts the 补正 period from that day. Returns the
 * deadline it set.
 */
export async function servePostally(
  deps: Deps,
  applicationId: string,
  servedOn = todayInChina(deps.clock.now()),
): Promise<string> {
  const notice = await deps.db
    .selectFrom('issued_documents')
    .select('id')
    .where('application_id', '=', applicationId)
    .where('kind', '=', 'supplement_notice')
    .orderBy('issued_at', 'desc')
    .executeTakeFirstOrThrow()
  await deps.db.transaction().execute(async (trx) => {
    await insertService(trx, {
      documentId: notice.id,
      applicationId,
      method: 'postal',
      servedOn,
      trackingNumber: 'EA123456789CN',
      recordedBy: null,
      at: deps.clock.now(),
    })
    await startSupplementPeriodOnService(trx, deps, notice.id)
  })
  const request = await deps.db
    .selectFrom('supplement_requests')
    .select('deadline')
    .where('application_id', '=', applicationId)
    .where('completed_at', 'is', null)
    .where('expired_at', 'is', null)
    .executeTakeFirstOrThrow()
  return request.deadline!
}
