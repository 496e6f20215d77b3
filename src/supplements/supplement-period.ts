import type { Db } from '../db/database.js'
import { insertClock, refreshNextDue, stopOpenClocks } from '../deadlines/clock.repository.js'
import type { Deps } from '../deps.js'
import { formatCalendarDay } from '../kernel/china-time.js'
import { findFirstServiceDay } from '../service-of-documents/service.repository.js'

/**
 * The 补正 period runs from the day the 补正通知书 is served, not from its issue (规则 第二十一条
 * requires the applicant to be told; 第一百二十八条 applies the 民诉法's rules on service;
 * docs/decisions/042-service-of-notices.md). Called inside the transaction that records a service of
 * `documentId`, after the application row is locked: when the document is an open request's notice,
 * its deadline and the 补正 clock are set from the earliest recorded service (a later record with an
 * earlier date moves them back). Does nothing for any other document.
 */
export async function startSupplementPeriodOnService(
  trx: Db,
  deps: Pick<Deps, 'calendar' | 'clock'>,
  documentId: string,
): Promise<void> {
  const request = await trx
    .selectFrom('supplement_requests')
    .select(['id', 'application_id', 'period_days', 'deadline'])
    .where('notice_document_id', '=', documentId)
    .where('completed_at', 'is', null)
    .where('expired_at', 'is', null)
    .executeTakeFirst()
  if (!request || request.period_days === null) return
  const servedOn = await findFirstServiceDay(trx, documentId)
  if (!servedOn) return
  const due = deps.calendar.addCalendarDays(servedOn, request.period_days)
  if (request.deadline === due.due) return
  const explanation = `补正通知书于 ${formatCalendarDay(servedOn)} 送达，期限自送达之日起计算（送达当日不计入）：${due.explanation}`
  const now = deps.clock.now()
  await trx
    .updateTable('supplement_requests')
    .set({ deadline: due.due, deadline_explanation: explanation })
    .where('id', '=', request.id)
    .execute()
  await stopOpenClocks(trx, request.application_id, ['supplement'], now)
  await insertClock(trx, {
    applicationId: request.application_id,
    kind: 'supplement',
    startedOn: servedOn,
    due: due.due,
    explanation,
    at: now,
  })
  await refreshNextDue(trx, request.application_id)
}
